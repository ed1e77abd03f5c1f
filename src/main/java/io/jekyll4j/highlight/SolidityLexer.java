package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Solidity lexer ({@code lexers/solidity.rb}) as a rule table. */
final class SolidityLexer {
  private SolidityLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "abstract anonymous as assembly break calldata catch constant"
              + " " + "constructor continue contract delete do else emit enum"
              + " " + "event external fallback for function hex if import"
              + " " + "indexed interface internal is library mapping memory modifier"
              + " " + "new override payable pragma private public pure receive"
              + " " + "return returns storage struct throw try type using"
              + " " + "var view virtual while");

  private static final Set<String> WORDS1 =
      Words.set(
          "abi.decode abi.encode abi.encodePacked abi.encodeWithSelector abi.encodeWithSignature addmod assert balance"
              + " " + "block.coinbase block.difficulty block.gaslimit block.hash block.number block.timestamp blockhash call"
              + " " + "callcode delegatecall ecrecover false gasleft keccak256 msg.data msg.gas"
              + " " + "msg.sender msg.sig msg.value mulmod now require revert ripemd160"
              + " " + "selector selfdestruct send sha256 sha3 suicide super this"
              + " " + "transfer true tx.gasprice tx.origin");

  private static final Set<String> WORDS2 =
      Words.set(
          "days ether finney hours minutes seconds szabo weeks"
              + " " + "wei years");

  private static final Set<String> WORDS3 =
      Words.set(
          "address bool byte bytes int string uint");

  private static final Set<String> WORDS4 =
      Words.set(
          "after alias apply auto case copyof default define"
              + " " + "final fixed immutable implements in inline let macro"
              + " " + "match mutable null of partial promise reference relocatable"
              + " " + "sealed sizeof static supports switch typedef typeof ufixed"
              + " " + "unchecked");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("solidity");
    b.start(lx -> {
      lx.push("bol");
    });
    b.state(
        "expr_bol",
        s ->
            s.mixin("inline_whitespace")
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "bol",
        s ->
            s.mixin("expr_bol"));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("/\\*", COMMENT_MULTILINE, "comment_multi"));
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "bol")
                .rule("//(\\\\.|.)*?\\n", COMMENT_SINGLE, "bol")
                .mixin("inline_whitespace"));
    b.state(
        "expr_whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "expr_bol")
                .mixin("whitespace"));
    b.state(
        "statements",
        s ->
            s.mixin("whitespace")
                .rule("(hex)?\\\"", STRING, "string_double")
                .rule("(hex)?\\'", STRING, "string_single")
                .rule("(?i)'(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-f0-9]{1,2}|[^\\\\'\\n])'", STRING_CHAR)
                .rule("(?i)\\d\\d*\\.\\d+([eE]\\d+)?", NUMBER_FLOAT)
                .rule("(?i)0x[0-9a-f]+", NUMBER_HEX)
                .rule("(?i)\\d+([eE]\\d+)?", NUMBER_INTEGER)
                .rule("\\*/", ERROR)
                .rule("[~!%^&*+=\\|?:<>/-]", OPERATOR)
                .rule("[()\\[\\],.]", PUNCTUATION)
                .rule("u?fixed\\d+x\\d+", KEYWORD_RESERVED)
                .rule("bytes\\d+", KEYWORD_TYPE)
                .rule("u?int\\d+", KEYWORD_TYPE)
                .rule(
              "[a-zA-Z$_][\\w$_]*",
              (lx, m) -> {
                String v_name = lx.group(0);
                if (WORDS0.contains(v_name)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.token(NAME_BUILTIN);
                  } else {
                    if (WORDS2.contains(v_name)) {
                      lx.token(KEYWORD_CONSTANT);
                    } else {
                      if (WORDS3.contains(v_name)) {
                        lx.token(KEYWORD_TYPE);
                      } else {
                        if (WORDS4.contains(v_name)) {
                          lx.token(KEYWORD_RESERVED);
                        } else {
                          lx.token(NAME);
                        }
                      }
                    }
                  }
                }
              }));
    b.state(
        "root",
        s ->
            s.mixin("expr_whitespace")
                .rule(
              "",
              (lx, m) -> {
                lx.push("statement");
              }));
    b.state(
        "statement",
        s ->
            s.rule(";", PUNCTUATION, POP)
                .mixin("expr_whitespace")
                .mixin("statements")
                .rule("[{}]", PUNCTUATION));
    b.state(
        "string_common",
        s ->
            s.rule("\\\\(u[a-fA-F0-9]{4}|x..|[^x])", STRING_ESCAPE)
                .rule("[^\\\\\\\"\\'\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    b.state(
        "string_double",
        s ->
            s.mixin("string_common")
                .rule("\\\"", STRING, POP)
                .rule("\\'", STRING));
    b.state(
        "string_single",
        s ->
            s.mixin("string_common")
                .rule("\\'", STRING, POP)
                .rule("\\\"", STRING));
    b.state(
        "comment_multi",
        s ->
            s.rule("\\*/", COMMENT_MULTILINE, POP)
                .rule("[^*/]+", COMMENT_MULTILINE)
                .rule("[*/]", COMMENT_MULTILINE));
    return b.build();
  }
}

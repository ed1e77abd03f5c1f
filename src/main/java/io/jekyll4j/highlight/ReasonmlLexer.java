package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's ReasonML lexer ({@code lexers/reasonml.rb}) as a rule table. */
final class ReasonmlLexer {
  private ReasonmlLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "as assert begin class constraint do done downto"
              + " " + "else end exception external false for fun function"
              + " " + "functor if in include inherit initializer lazy let"
              + " " + "module mutable new nonrec object of open rec"
              + " " + "sig struct switch then to true try type"
              + " " + "val virtual when while with");

  private static final Set<String> WORDS1 =
      Words.set(
          "and asr land lor lsl lxor mod or");

  private static final Set<String> WORDS2 =
      Words.set(
          "array bool char float int list string unit");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("reasonml");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("false|true|[(][)]|\\[\\]", NAME_BUILTIN_PSEUDO)
                .rule("(?-si:[A-Z][\\w']*)(?=\\s*[.])", NAME_NAMESPACE, "dotted")
                .rule("`(?i-s:[a-z_][\\w']*)", NAME_TAG)
                .rule("[A-Z][\\w']*", NAME_CLASS)
                .rule("//.*", COMMENT_SINGLE)
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule(
              "(?i)[a-z_][\\w']*",
              (lx, m) -> {
                String v_match = lx.group(0);
                if (WORDS0.contains(v_match)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_match)) {
                    lx.token(OPERATOR_WORD);
                  } else {
                    if (WORDS2.contains(v_match)) {
                      lx.token(KEYWORD_TYPE);
                    } else {
                      lx.token(NAME);
                    }
                  }
                }
              })
                .rule("[(){}\\[\\];]+", PUNCTUATION)
                .rule("[;,_!$%&*+./:<=>?@^|~#-]+", OPERATOR)
                .rule("(?i)-?\\d[\\d_]*(.[\\d_]*)?(e[+-]?\\d[\\d_]*)", NUMBER_FLOAT)
                .rule("(?i)0x\\h[\\h_]*", NUMBER_HEX)
                .rule("(?i)0o[0-7][0-7_]*", NUMBER_OCT)
                .rule("(?i)0b[01][01_]*", NUMBER_BIN)
                .rule("\\d[\\d_]*", NUMBER_INTEGER)
                .rule("'(?:(\\\\[\\\\\"'ntbr ])|(\\\\[0-9]{3})|(\\\\x\\h{2}))'", STRING_CHAR)
                .rule("'[^'/]'", STRING_CHAR)
                .rule("'", KEYWORD)
                .rule("\"", STRING_DOUBLE, "string")
                .rule("[~?](?i-s:[a-z_][\\w']*)", NAME_VARIABLE));
    b.state(
        "comment",
        s ->
            s.rule("[^/*]+", COMMENT_MULTILINE)
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("\\*/", COMMENT_MULTILINE, POP)
                .rule("[*/]", COMMENT_MULTILINE));
    b.state(
        "string",
        s ->
            s.rule("[^\\\\\"]+", STRING_DOUBLE)
                .mixin("escape_sequence")
                .rule("\\\\\\n", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "escape_sequence",
        s ->
            s.rule("\\\\[\\\\\"'ntbr]", STRING_ESCAPE)
                .rule("\\\\\\d{3}", STRING_ESCAPE)
                .rule("\\\\x\\h{2}", STRING_ESCAPE));
    b.state(
        "dotted",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("[.]", PUNCTUATION)
                .rule("(?-si:[A-Z][\\w']*)(?=\\s*[.])", NAME_NAMESPACE)
                .rule("[A-Z][\\w']*", NAME_CLASS, POP)
                .rule("(?i)[a-z_][\\w']*", NAME, POP)
                .rule("[({\\[]", PUNCTUATION, POP));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's TTCN3 lexer ({@code lexers/ttcn3.rb}) as a rule table. */
final class Ttcn3Lexer {
  private Ttcn3Lexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "altstep any2unistr bit2hex bit2int bit2oct bit2str break case"
              + " " + "char2int char2oct component const decvalue decvalue_o decvalue_unichar do"
              + " " + "else encvalue encvalue_o encvalue_unichar enum2int execute external float2int"
              + " " + "for function get_stringencoding goto group hex2bit hex2int hex2oct"
              + " " + "hex2str hostid if import int2bit int2char int2enum int2float"
              + " " + "int2hex int2oct int2str int2unichar isbound ischosen ispresent istemplatekind"
              + " " + "isvalue label lengthof module oct2bit oct2char oct2hex oct2int"
              + " " + "oct2str oct2unichar port receive regexp remove_bom replace return"
              + " " + "rnd select send setverdict signature sizeof start stop"
              + " " + "str2float str2hex str2int str2oct substr template testcase timer"
              + " " + "type unichar2int unichar2oct var while");

  private static final Set<String> WORDS1 =
      Words.set(
          "address anytype bitstring boolean charstring component enumerated float"
              + " " + "hexstring integer octetstring of port record set union"
              + " " + "universal");

  private static final Set<String> WORDS2 =
      Words.set(
          "all alt apply assert at configuration conjunct const"
              + " " + "control delta deterministic disjunct duration fail finished from"
              + " " + "fuzzy history implies inconc inv lazy mod mode"
              + " " + "notinv now omit onentry onexit par pass prev"
              + " " + "realtime seq setstate static stepsize stream timestamp until"
              + " " + "values wait");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ttcn3");
    b.state(
        "statements",
        s ->
            s.rule("(?s)\\n+", TEXT)
                .rule("[ \\t\\r]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("//(\\\\.|.)*?$", COMMENT_SINGLE)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE)
                .rule("\"", STRING, "string")
                .rule("'(?:\\\\.|[^\\\\]|\\\\u[0-9a-f]{4})'", STRING_CHAR)
                .rule("(?i)(?-si:\\d_+\\d|\\d)+\\.(?-si:\\d_+\\d|\\d)+([eE](?-si:\\d_+\\d|\\d)+)?[fd]?", NUMBER_FLOAT)
                .rule("(?i)'(?-si:[01]_+[01]|[01])+'B", NUMBER_BIN)
                .rule("(?i)'(?-si:\\h_+\\h|\\h)+'H", NUMBER_HEX)
                .rule("(?i)'(?-si:[0-7]_+[0-7]|[0-7])+'O", NUMBER_OCT)
                .rule("(?i)(?-si:\\d_+\\d|\\d)+", NUMBER_INTEGER)
                .rule("[~!%^&*+:=\\|?<>/-]", OPERATOR)
                .rule("[()\\[\\]{},.;:]", PUNCTUATION)
                .rule("(?:true|false|null)\\b", NAME_BUILTIN)
                .rule(
              "[a-zA-Z_]\\w*",
              (lx, m) -> {
                String v_name = lx.group(0);
                if (WORDS0.contains(v_name)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_name)) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      lx.token(NAME);
                    }
                  }
                }
              }));
    b.state(
        "root",
        s ->
            s.rule("module\\b", KEYWORD_DECLARATION, "module")
                .rule("import\\b", KEYWORD_NAMESPACE, "import")
                .mixin("statements"));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    b.state(
        "module",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("[a-zA-Z_]\\w*", NAME_CLASS, POP));
    b.state(
        "import",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("[\\w.]+\\*?", NAME_NAMESPACE, POP));
    return b.build();
  }
}

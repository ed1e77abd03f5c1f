package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Lustre lexer ({@code lustre}) as a rule table, state for state. */
final class LustreLexer {
  private LustreLexer() {}

  private static final Set<String> KEYWORDS =
      Words.set(
          "extern unsafe assert const current enum function let node operator returns step"
              + " struct tel type var model package needs provides uses is body end include merge");
  private static final Set<String> PRIMITIVES =
      Words.set(
          "int real bool");
  private static final Set<String> WORD_OPERATORS =
      Words.set(
          "div and xor mod or not nor if then else fby pre when with");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("lustre");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("false|true", KEYWORD_CONSTANT)
                .rule("\\-\\-.*", COMMENT_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("(?s)\\(\\*.*?\\*\\)", COMMENT_MULTILINE)
                .rule("(?i)[a-z_][\\w']*", (lx, m) -> {
                  String match = m.group(0);
                  if (KEYWORDS.contains(match)) {
                  lx.token(KEYWORD);
                  } else if (WORD_OPERATORS.contains(match)) {
                  lx.token(OPERATOR_WORD);
                  } else if (PRIMITIVES.contains(match)) {
                  lx.token(KEYWORD_TYPE);
                  } else {
                  lx.token(NAME);
                  }
                })
                .rule("[(){}\\[\\];]+", PUNCTUATION)
                .rule("[,!$%&*+./:<=>?@^|~#-]+", OPERATOR)
                .rule("(?i)-?\\d[\\d_]*(.[\\d_]*)?(e[+-]?\\d[\\d_]*)", NUMBER_FLOAT)
                .rule("\\d[\\d_]*", NUMBER_INTEGER)
                .rule("'(?:(\\\\[\\\\\"'ntbr ])|(\\\\[0-9]{3})|(\\\\x\\h{2}))'", STRING_CHAR)
                .rule("'[.]'", STRING_CHAR)
                .rule("\"", STRING_DOUBLE, "string")
                .rule("[~?](?i-s:[a-z_][\\w']*)", NAME_VARIABLE));
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
    return b.build();
  }
}

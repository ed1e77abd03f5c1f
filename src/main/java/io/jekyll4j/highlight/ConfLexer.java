package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Config File lexer ({@code conf}) as a rule table, state for state. */
final class ConfLexer {
  private ConfLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("conf", "config", "configuration");
    b.state(
        "root",
        s ->
            s.rule("#.*?\\n", COMMENT)
                .rule("\".*?\"", STRING_DOUBLE)
                .rule("'.*?'", STRING_SINGLE)
                .rule("(?i)[a-z]\\w*", NAME)
                .rule("\\d+", NUMBER)
                .rule("[^\\w#\"']+", TEXT));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's CMHG lexer ({@code cmhg}) as a rule table, state for state. */
final class CmhgLexer {
  private CmhgLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("cmhg");
    b.state(
        "root",
        s ->
            s.rule(";[^\\n]*", COMMENT)
                .groups("^([ \\t]*)(#[ \\t]*(?:(?:define|elif|else|endif|error|if|ifdef|ifndef|include|line|pragma|undef|warning)(?:[ \\t].*)?)?)(?=\\n)", TEXT, COMMENT_PREPROC)
                .rule("[-a-z]+:", KEYWORD_DECLARATION)
                .rule("(?i)[a-z_]\\w+", NAME_ENTITY)
                .rule("\"[^\"]*\"", STRING)
                .rule("(?:&|0x)\\h+", NUMBER_HEX)
                .rule("\\d+", NUMBER)
                .rule("[,/()]", PUNCTUATION)
                .rule("[ \\t]+", TEXT)
                .rule("\\n+", TEXT));
    return b.build();
  }
}

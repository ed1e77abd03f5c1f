package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's csvs lexer ({@code csvs}) as a rule table, state for state. */
final class CsvsLexer {
  private CsvsLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("csvs");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("//[\\S\\t ]*", COMMENT_SINGLE)
                .rule("(?s)/\\*[^*]*\\*/", COMMENT_MULTILINE)
                .groups("(version)( )(\\d+\\.\\d+)", KEYWORD, WHITESPACE, NUMBER_FLOAT)
                .rule("T?\\d{2}:\\d{2}:\\d{2}(\\.\\d{5})?(Z|(?:[-+]\\d{2}:\\d{2}))?", LITERAL_DATE)
                .rule("\\d{4}-\\d{2}-\\d{2}", LITERAL_DATE)
                .rule("\\d{2}/\\d{2}/\\d{4}", LITERAL_DATE)
                .rule("(?i)(\\d+[.]?\\d*|\\d*[.]\\d+)(e[+-]?[0-9]+)?", NUMBER_FLOAT)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("@\\w+", KEYWORD_PSEUDO)
                .rule("[-.\\w]+:", NAME_VARIABLE)
                .rule("^\"[^\"]+\"", NAME_VARIABLE)
                .rule("\\$([-.\\w]+|(\"[^\"]+\"))/?", NAME_VARIABLE)
                .rule("(?i)[A-Z]+", KEYWORD)
                .rule("\"[^\"]*\"", STRING_DOUBLE)
                .rule("'[^\\r\\n\\f']'", STRING_CHAR)
                .rule("[,()*]", PUNCTUATION));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's BIML lexer ({@code biml}) as a rule table, state for state. */
final class BimlLexer {
  private BimlLexer() {}

  static RegexLexer create(Lexer csharp) {
    RegexLexer.Builder b = RegexLexer.builder("biml");
    b.state(
        "root",
        s ->
            s.rule("(?s)<#\\@\\s*", NAME_TAG, "directive_tag")
                .rule("(?s)<#[=]?\\s*", NAME_TAG, "directive_as_csharp")
                .rule("[^<&]+", TEXT)
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("<!\\[CDATA\\[.*?\\]\\]\\>", COMMENT_PREPROC)
                .rule("<!--", COMMENT, "comment")
                .rule("<\\?.*?\\?>", COMMENT_PREPROC)
                .rule("<![^>]*>", COMMENT_PREPROC)
                .rule("(?s)<\\s*[\\p{L}:_][\\p{Word}\\p{Cf}:.\u00b7-]*", NAME_TAG, "tag")
                .rule("(?s)<\\s*/\\s*[\\p{L}:_][\\p{Word}\\p{Cf}:.\u00b7-]*\\s*>", NAME_TAG));
    b.state(
        "attr",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("(?s)\".*?\"|'.*?'|[^\\s>]+", STRING, POP));
    b.state(
        "directive_as_csharp",
        s ->
            s.rule("(?s)\\s*#>\\s*", NAME_TAG, POP)
                .rule("(?s).*?(?=\\s*#>\\s*)", (lx, m) -> {
                  lx.delegate(csharp, m.group());
                }));
    b.state(
        "directive_tag",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("(?s)[\\w.:-]+\\s*=", NAME_ATTRIBUTE, "attr")
                .rule("(?s)\\w+\\s*", NAME_ATTRIBUTE)
                .rule("/?\\s*#>", NAME_TAG, POP));
    b.state(
        "comment",
        s ->
            s.rule("(?s)[^-]+", COMMENT)
                .rule("-->", COMMENT, POP)
                .rule("-", COMMENT));
    b.state(
        "tag",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("(?s)[\\p{L}:_][\\p{Word}\\p{Cf}:.\u00b7-]*\\s*=", NAME_ATTRIBUTE, "attr")
                .rule("/?\\s*>", NAME_TAG, POP));
    return b.build();
  }
}

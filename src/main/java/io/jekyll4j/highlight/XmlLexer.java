package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's XML lexer as a rule table. */
final class XmlLexer {
  private XmlLexer() {}

  private static final String NAME = "[\\p{L}:_][\\p{Word}\\p{Cf}:.·-]*";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("xml");
    b.state(
        "root",
        s ->
            s.rule("[^<&]+", TEXT)
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                .rule("<!--", COMMENT, "comment")
                .rule("<\\?.*?\\?>", COMMENT_PREPROC)
                .rule("<![^>]*>", COMMENT_PREPROC)
                .rule("<\\s*" + NAME, NAME_TAG, "tag")
                .rule("<\\s*/\\s*" + NAME + "\\s*>", NAME_TAG));
    b.state(
        "comment",
        s -> s.rule("[^-]+", COMMENT).rule("-->", COMMENT, POP).rule("-", COMMENT));
    b.state(
        "tag",
        s ->
            s.rule("\\s+", TEXT)
                .rule(NAME + "\\s*=", NAME_ATTRIBUTE, "attr")
                .rule("/?\\s*>", NAME_TAG, POP));
    b.state(
        "attr",
        s -> s.rule("\\s+", TEXT).rule("(?s)\".*?\"|'.*?'|[^\\s>]+", STRING, POP));
    return b.build();
  }
}

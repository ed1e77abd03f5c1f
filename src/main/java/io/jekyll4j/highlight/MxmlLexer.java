package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's MXML lexer ({@code lexers/mxml.rb}) as a rule table. */
final class MxmlLexer {
  private MxmlLexer() {}

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("mxml");
    b.state(
        "root",
        s ->
            s.rule("[^<&]+", TEXT)
                .rule("&\\S*?;", NAME_ENTITY)
                .rule(
              "(?s)<!\\[CDATA\\[",
              (lx, m) -> {
                lx.token(COMMENT_PREPROC);
                lx.push("actionscript_content");
              })
                .rule("<!--", COMMENT, "comment")
                .rule("<\\?.*?\\?>", COMMENT_PREPROC)
                .rule("<![^>]*>", COMMENT_PREPROC)
                .rule("(?s)<\\s*[\\w:.-]+", NAME_TAG, "tag")
                .rule("(?s)<\\s*/\\s*[\\w:.-]+\\s*>", NAME_TAG));
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
                .rule("(?s)[\\w.:-]+\\s*=", NAME_ATTRIBUTE, "attribute")
                .rule("/?\\s*>", NAME_TAG, "root"));
    b.state(
        "attribute",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule(
              "(?s)(\")({|@{)",
              (lx, m) -> {
                lx.groups(STRING, PUNCTUATION);
                lx.push("actionscript_attribute");
              })
                .rule("\".*?\"|'.*?'|[^\\s>]+", STRING, "tag"));
    b.state(
        "actionscript_content",
        s ->
            s.rule("(?s)\\]\\]\\>", COMMENT_PREPROC, POP)
                .rule(
              "(?s).*?(?=\\]\\]\\>)",
              (lx, m) -> {
                lx.delegate(lexer.apply("actionscript"), lx.group(0));
              }));
    b.state(
        "actionscript_attribute",
        s ->
            s.rule(
              "(?s)(})(\")",
              (lx, m) -> {
                lx.groups(PUNCTUATION, STRING);
                lx.push("tag");
              })
                .rule(
              "(?s).*?(?=}\")",
              (lx, m) -> {
                lx.delegate(lexer.apply("actionscript"), lx.group(0));
              }));
    return b.build();
  }
}

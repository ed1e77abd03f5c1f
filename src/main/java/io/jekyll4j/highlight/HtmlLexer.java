package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/**
 * Rouge 3.30's HTML lexer as a rule table; the content of {@code <script>} goes to the
 * JavaScript lexer and that of {@code <style>} to the CSS lexer, each continuing across pieces.
 */
final class HtmlLexer {
  private HtmlLexer() {}

  private static final String NAME = "[\\p{L}:_-][\\p{Word}\\p{Cf}:.·-]*";

  static RegexLexer create(Lexer javascript, Lexer css) {
    RegexLexer.Builder b = RegexLexer.builder("html");
    b.state(
        "root",
        s ->
            s.rule("[^<&]+", TEXT)
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("(?is)<!DOCTYPE .*?>", COMMENT_PREPROC)
                .rule("(?s)<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                .rule("<!--", COMMENT, "comment")
                .rule("(?s)<\\?.*?\\?>", COMMENT_PREPROC)
                .rule(
                    "<\\s*script\\s*",
                    (lx, m) -> {
                      lx.token(NAME_TAG);
                      lx.sub("javascript", javascript).reset();
                      lx.push("script_content");
                      lx.push("tag");
                    })
                .rule(
                    "<\\s*style\\s*",
                    (lx, m) -> {
                      lx.token(NAME_TAG);
                      lx.sub("css", css).reset();
                      lx.push("style_content");
                      lx.push("tag");
                    })
                .rule("</", NAME_TAG, "tag_end")
                .rule("<", NAME_TAG, "tag_start")
                .rule("<\\s*" + NAME, NAME_TAG, "tag")
                .rule("<\\s*/\\s*" + NAME + "\\s*>", NAME_TAG));
    b.state(
        "tag_end",
        s ->
            s.mixin("tag_end_end")
                .rule(
                    NAME,
                    (lx, m) -> {
                      lx.token(NAME_TAG);
                      lx.gotoState("tag_end_end");
                    }));
    b.state("tag_end_end", s -> s.rule("\\s+", TEXT).rule(">", NAME_TAG, POP));
    b.state(
        "tag_start",
        s ->
            s.rule("\\s+", TEXT)
                .rule(
                    NAME,
                    (lx, m) -> {
                      lx.token(NAME_TAG);
                      lx.gotoState("tag");
                    })
                .rule("", (lx, m) -> lx.gotoState("tag")));
    b.state(
        "comment",
        s -> s.rule("[^-]+", COMMENT).rule("-->", COMMENT, POP).rule("-", COMMENT));
    b.state(
        "tag",
        s ->
            s.rule("\\s+", TEXT)
                .rule(
                    "[\\p{L}:_\\[\\]()*.-][\\p{Word}\\p{Cf}:.·\\[\\]()*-]*\\s*=\\s*",
                    NAME_ATTRIBUTE,
                    "attr")
                .rule("[\\p{L}:_*#-][\\p{Word}\\p{Cf}:.·*#-]*", NAME_ATTRIBUTE)
                .rule("/?\\s*>", NAME_TAG, POP));
    b.state(
        "attr",
        s ->
            s.rule(
                    "\"",
                    (lx, m) -> {
                      lx.token(STRING);
                      lx.gotoState("dq");
                    })
                .rule(
                    "'",
                    (lx, m) -> {
                      lx.token(STRING);
                      lx.gotoState("sq");
                    })
                .rule("[^\\s>]+", STRING, POP));
    b.state("dq", s -> s.rule("\"", STRING, POP).rule("[^\"]+", STRING));
    b.state("sq", s -> s.rule("'", STRING, POP).rule("[^']+", STRING));
    b.state(
        "script_content",
        s ->
            s.rule("[^<]+", (lx, m) -> lx.delegate(lx.sub("javascript", javascript), m.group()))
                .rule("<\\s*/\\s*script\\s*>", NAME_TAG, POP)
                .rule("<", (lx, m) -> lx.delegate(lx.sub("javascript", javascript), m.group())));
    b.state(
        "style_content",
        s ->
            s.rule("[^<]+", (lx, m) -> lx.delegate(lx.sub("css", css), m.group()))
                .rule("<\\s*/\\s*style\\s*>", NAME_TAG, POP)
                .rule("<", (lx, m) -> lx.delegate(lx.sub("css", css), m.group())));
    return b.build();
  }
}

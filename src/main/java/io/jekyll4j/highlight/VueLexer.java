package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Rouge 3.30's Vue lexer ({@code vue}) as a rule table, state for state. */
final class VueLexer {
  private VueLexer() {}

  /**
   * Rouge's {@code delegate @lang}: {@code @lang} is a lexer class (each piece lexed afresh) or
   * a lexer instance (its lex continues), here a {@link Lexer} or a {@link Lexing}.
   */
  private static void delegateLang(RegexLexing lx, String text) {
    Object lang = lx.vars().get("lang");
    if (lang instanceof Lexing l) {
      lx.delegate(l, text);
    } else if (lang instanceof Lexer l) {
      lx.delegate(l, text);
    } else {
      lx.token(TEXT, text);
    }
  }

  /** Rouge's {@code Vue#lookup_lang}: a lexer by the {@code lang} attribute's value. */
  private static Lexer lookupLang(String value, Function<String, Optional<Lexer>> lookup) {
    String lang = value.toLowerCase(Locale.ROOT).replaceAll("[\"']*", "");
    String tag =
        switch (lang) {
          case "html", "css", "javascript", "sass", "scss" -> lang;
          case "coffee" -> "coffeescript";
          default -> "plaintext";
        };
    return lookup.apply(tag).orElseThrow();
  }

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    RegexLexer.Builder b = RegexLexer.builder("vue", "vuejs");
    b.state(
        "root",
        s ->
            s.rule("(<)(\\s*)(template)", (lx, m) -> {
                  lx.groups(NAME_TAG, TEXT, KEYWORD);
                  lx.vars().put("lang", lookup.apply("html").orElseThrow());
                  lx.push("template");
                  lx.push("lang_tag");
                })
                .rule("(<)(\\s*)(style)", (lx, m) -> {
                  lx.groups(NAME_TAG, TEXT, KEYWORD);
                  lx.vars().put("lang", lookup.apply("css").orElseThrow());
                  lx.push("style");
                  lx.push("lang_tag");
                })
                .rule("(<)(\\s*)(script)", (lx, m) -> {
                  lx.groups(NAME_TAG, TEXT, KEYWORD);
                  lx.vars().put("lang", lookup.apply("javascript").orElseThrow());
                  lx.push("script");
                  lx.push("lang_tag");
                })
                .rule("(?s)[^<&]+", TEXT)
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("(?is)<!DOCTYPE .*?>", COMMENT_PREPROC)
                .rule("(?s)<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                .rule("<!--", COMMENT, "comment")
                .rule("(?s)<\\?.*?\\?>", COMMENT_PREPROC)
                .rule("(?s)<\\s*script\\s*", (lx, m) -> {
                  lx.token(NAME_TAG);
                  lx.sub("javascript", lookup.apply("javascript").orElseThrow()).reset();
                  lx.push("script_content");
                  lx.push("tag");
                })
                .rule("(?s)<\\s*style\\s*", (lx, m) -> {
                  lx.token(NAME_TAG);
                  Lexing css = lx.sub("css", lookup.apply("css").orElseThrow());
                  css.reset();
                  lx.vars().put("lang", css);
                  lx.push("style_content");
                  lx.push("tag");
                })
                .rule("</", NAME_TAG, "tag_end")
                .rule("<", NAME_TAG, "tag_start")
                .rule("<\\s*[\\p{L}:_-][\\p{Word}\\p{Cf}:.\u00b7-]*", NAME_TAG, "tag")
                .rule("<\\s*/\\s*[\\p{L}:_-][\\p{Word}\\p{Cf}:.\u00b7-]*\\s*>", NAME_TAG));
    b.state(
        "tag",
        s ->
            s.rule("(?s)[a-zA-Z0-9_:#\\[\\]()*.-]+\\s*=\\s*", NAME_ATTRIBUTE, "attr")
                .rule("(?s)\\s+", TEXT)
                .rule("(?s)[\\p{L}:_\\[\\]()*.-][\\p{Word}\\p{Cf}:.\u00b7\\[\\]()*-]*\\s*=\\s*", NAME_ATTRIBUTE, "attr")
                .rule("[\\p{L}:_*#-][\\p{Word}\\p{Cf}:.\u00b7*#-]*", NAME_ATTRIBUTE)
                .rule("(?s)/?\\s*>", NAME_TAG, POP));
    b.state(
        "style",
        s ->
            s.rule("(<\\s*/\\s*)(style)(\\s*>)", (lx, m) -> {
                  lx.groups(NAME_TAG, KEYWORD, NAME_TAG);
                  lx.pop();
                })
                .mixin("style_content")
                .mixin("embed"));
    b.state(
        "script",
        s ->
            s.rule("(<\\s*/\\s*)(script)(\\s*>)", (lx, m) -> {
                  lx.groups(NAME_TAG, KEYWORD, NAME_TAG);
                  lx.pop();
                })
                .mixin("script_content")
                .mixin("embed"));
    b.state(
        "lang_tag",
        s ->
            s.rule("(lang\\s*=)(\\s*)(\"(?:\\\\.|[^\\\\])*?\"|'(\\\\.|[^\\\\])*?'|[^\\s>]+)", (lx, m) -> {
                  lx.groups(NAME_ATTRIBUTE, TEXT, STRING);
                  lx.vars().put("lang", lookupLang(m.group(3), lookup));
                })
                .mixin("tag"));
    b.state(
        "template",
        s ->
            s.rule("(<\\s*/\\s*)(template)(\\s*>)", (lx, m) -> {
                  lx.groups(NAME_TAG, KEYWORD, NAME_TAG);
                  lx.pop();
                })
                .rule("{{", (lx, m) -> {
                  lx.token(STRING_INTERPOL);
                  lx.push("template_interpol");
                  lx.sub("js", lookup.apply("javascript").orElseThrow()).reset();
                })
                .mixin("embed"));
    b.state(
        "template_interpol",
        s ->
            s.rule("}}", STRING_INTERPOL, POP)
                .rule("}", ERROR)
                .mixin("template_interpol_inner"));
    b.state(
        "template_interpol_inner",
        s ->
            s.rule("{", (lx, m) -> {
                  lx.delegate(lx.sub("js", lookup.apply("javascript").orElseThrow()), m.group());
                  lx.push();
                })
                .rule("}", (lx, m) -> {
                  lx.delegate(lx.sub("js", lookup.apply("javascript").orElseThrow()), m.group());
                  lx.pop();
                })
                .rule("[^{}]+", (lx, m) -> {
                  lx.delegate(lx.sub("js", lookup.apply("javascript").orElseThrow()), m.group());
                }));
    b.state(
        "embed",
        s ->
            s.rule("[^{<]+", (lx, m) -> {
                  delegateLang(lx, m.group());
                })
                .rule("[<{][^<{]*", (lx, m) -> {
                  delegateLang(lx, m.group());
                }));
    b.state(
        "tag_end",
        s ->
            s.mixin("tag_end_end")
                .rule("[\\p{L}:_-][\\p{Word}\\p{Cf}:.\u00b7-]*", (lx, m) -> {
                  lx.token(NAME_TAG);
                  lx.gotoState("tag_end_end");
                }));
    b.state(
        "tag_end_end",
        s ->
            s.rule("\\s+", TEXT)
                .rule(">", NAME_TAG, POP));
    b.state(
        "tag_start",
        s ->
            s.rule("\\s+", TEXT)
                .rule("[\\p{L}:_-][\\p{Word}\\p{Cf}:.\u00b7-]*", (lx, m) -> {
                  lx.token(NAME_TAG);
                  lx.gotoState("tag");
                })
                .rule("", (lx, m) -> {
                  lx.gotoState("tag");
                }));
    b.state(
        "comment",
        s ->
            s.rule("[^-]+", COMMENT)
                .rule("-->", COMMENT, POP)
                .rule("-", COMMENT));
    b.state(
        "attr",
        s ->
            s.rule("\"", (lx, m) -> {
                  lx.token(STRING);
                  lx.gotoState("dq");
                })
                .rule("'", (lx, m) -> {
                  lx.token(STRING);
                  lx.gotoState("sq");
                })
                .rule("[^\\s>]+", STRING, POP));
    b.state(
        "dq",
        s ->
            s.rule("\"", STRING, POP)
                .rule("[^\"]+", STRING));
    b.state(
        "sq",
        s ->
            s.rule("'", STRING, POP)
                .rule("[^']+", STRING));
    b.state(
        "script_content",
        s ->
            s.rule("[^<]+", (lx, m) -> {
                  lx.delegate(lx.sub("javascript", lookup.apply("javascript").orElseThrow()), m.group());
                })
                .rule("(?s)<\\s*/\\s*script\\s*>", NAME_TAG, POP)
                .rule("<", (lx, m) -> {
                  lx.delegate(lx.sub("javascript", lookup.apply("javascript").orElseThrow()), m.group());
                }));
    b.state(
        "style_content",
        s ->
            s.rule("[^<]+", (lx, m) -> {
                  delegateLang(lx, m.group());
                })
                .rule("(?s)<\\s*/\\s*style\\s*>", NAME_TAG, POP)
                .rule("<", (lx, m) -> {
                  delegateLang(lx, m.group());
                }));
    return b.build();
  }
}

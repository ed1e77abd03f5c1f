package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** The states Rouge 3.30's JSX lexer adds to JavaScript's: elements, attributes, {interpolation}. */
final class JsxRules {
  private JsxRules() {}

  static void add(RegexLexer.Builder b, Lexer html) {
    b.state(
        "tag",
        s ->
            s.rule(
                "<",
                (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.push("tag_opening");
                  lx.push("element");
                  lx.push("element_name");
                }));
    b.state(
        "tag_opening",
        s ->
            s.rule(
                    "</",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.gotoState("element");
                      lx.push("element_name");
                    })
                .mixin("tag")
                .rule("\\{", JsxRules::interpolation)
                .rule("[^<{]+", (lx, m) -> lx.delegate(lx.sub("html", html), m.group())));
    b.state(
        "element",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(
                    "/>",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.pop(2);
                    })
                .rule(">", PUNCTUATION, POP)
                .rule("\\{", JsxRules::interpolation)
                .rule("\\w[\\w-]*", NAME_ATTRIBUTE)
                .rule("=", PUNCTUATION)
                .rule("([\"']).*?(\\1)", STRING));
    b.state(
        "element_name",
        s ->
            s.rule("[A-Z]\\w*", NAME_CLASS)
                .rule("\\w+", NAME_TAG)
                .rule("\\.", PUNCTUATION)
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "interpol",
        s ->
            s.rule("\\}", STRING_INTERPOL, POP)
                .rule(
                    "\\{",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.push("interpol_inner");
                      lx.push("statement");
                    })
                .mixin("root"));
    b.state(
        "interpol_inner",
        s ->
            s.rule(
                    "\\}",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.gotoState("statement");
                    })
                .mixin("root"));
  }

  private static void interpolation(RegexLexing lx, java.util.regex.MatchResult m) {
    lx.token(STRING_INTERPOL);
    lx.push("interpol");
    lx.push("expr_start");
  }
}

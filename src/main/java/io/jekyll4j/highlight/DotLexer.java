package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's DOT lexer ({@code dot}) as a rule table, state for state. */
final class DotLexer {
  private DotLexer() {}

  static RegexLexer create(Lexer html) {
    RegexLexer.Builder b = RegexLexer.builder("dot");
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*", COMMENT_SINGLE)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE));
    b.state(
        "html",
        s ->
            s.rule("[^<>]+", (lx, m) -> {
                  lx.delegate(lx.sub("html", html), m.group());
                })
                .rule("(?s)<.+?>", (lx, m) -> {
                  lx.delegate(lx.sub("html", html), m.group());
                })
                .rule(">", PUNCTUATION, POP));
    b.state(
        "ID",
        s ->
            s.rule("([a-zA-Z][a-zA-Z_0-9]*)(\\s*)(=)", (lx, m) -> {
                  lx.token(NAME, m.group(1));
                  lx.token(TEXT, m.group(2));
                  lx.token(PUNCTUATION, m.group(3));
                })
                .rule("[a-zA-Z][a-zA-Z_0-9]*", NAME_VARIABLE)
                .rule("([0-9]+)?\\.[0-9]+", NUMBER_FLOAT)
                .rule("[0-9]+", NUMBER_INTEGER)
                .rule("\"(\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("<", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.sub("html", html).reset();
                  lx.push("html");
                }));
    b.state(
        "a_list",
        s ->
            s.mixin("comments_and_whitespace")
                .mixin("ID")
                .rule("[=;,]", PUNCTUATION)
                .rule("\\]", OPERATOR, POP));
    b.state(
        "root",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("(?i)\\b(strict|graph|digraph|subgraph|node|edge)\\b", KEYWORD)
                .rule("[{};:=]", PUNCTUATION)
                .rule("-[->]", OPERATOR)
                .rule("\\[", OPERATOR, "a_list")
                .mixin("ID"));
    return b.build();
  }
}

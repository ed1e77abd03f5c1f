package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Fluent lexer ({@code fluent}) as a rule table, state for state. */
final class FluentLexer {
  private FluentLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("fluent", "ftl");
    b.state(
        "root",
        s ->
            s.rule("( *)(\\=)( *)", (lx, m) -> {
                  lx.groups(WHITESPACE, PUNCTUATION, WHITESPACE);
                  lx.push("template");
                })
                .rule("(?s)(?:\\s*\\n)+", WHITESPACE)
                .rule("\\#{1,3}(?: .*)?$", COMMENT_SINGLE)
                .rule("[a-zA-Z][a-zA-Z0-9_-]*", NAME_CONSTANT)
                .rule("\\-[a-zA-Z][a-zA-Z0-9_-]*", NAME_ENTITY)
                .rule("\\s*\\.[a-zA-Z][a-zA-Z0-9_-]*", NAME_ATTRIBUTE)
                .rule("\\s+(?=[^\\s\\.])", WHITESPACE, "template"));
    b.state(
        "template",
        s ->
            s.rule("(?s)\\n", WHITESPACE, POP)
                .rule("[^\\{\\n\\}\\*]+", TEXT)
                .rule("\\{", PUNCTUATION, "placeable")
                .rule("(?=\\})", PUNCTUATION, POP));
    b.state(
        "placeable",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("\\{", PUNCTUATION, "placeable")
                .rule("\\}", PUNCTUATION, POP)
                .rule("\\$[a-zA-Z][a-zA-Z0-9_-]*", NAME_VARIABLE)
                .rule("\\-[a-zA-Z][a-zA-Z0-9_-]*", NAME_ENTITY)
                .rule("\\.[a-zA-Z][a-zA-Z0-9_-]*", NAME_ATTRIBUTE)
                .rule("[A-Z]+", NAME_BUILTIN)
                .rule("[a-zA-Z][a-zA-Z0-9_-]*", NAME_CONSTANT)
                .rule("[\\(\\),\\:]", PUNCTUATION)
                .rule("->", PUNCTUATION)
                .rule("\\*", PUNCTUATION_INDICATOR)
                .rule("\\-?\\d+\\.\\d+?", NUMBER_FLOAT)
                .rule("\\-?\\d+", NUMBER_INTEGER)
                .rule("\"", STRING_DOUBLE, "string")
                .rule("(\\[)(\\-?\\d+\\.\\d+)(\\])", (lx, m) -> {
                  lx.groups(PUNCTUATION, NUMBER_FLOAT, PUNCTUATION);
                  lx.push("template");
                })
                .rule("(\\[)(\\-?\\d+)(\\])", (lx, m) -> {
                  lx.groups(PUNCTUATION, NUMBER_INTEGER, PUNCTUATION);
                  lx.push("template");
                })
                .rule("(\\[)([a-zA-Z][a-zA-Z0-9_-]+)(\\])", (lx, m) -> {
                  lx.groups(PUNCTUATION, STRING_SYMBOL, PUNCTUATION);
                  lx.push("template");
                }));
    b.state(
        "string",
        s ->
            s.rule("\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{6}", STRING_ESCAPE)
                .rule("\\\\.", STRING_ESCAPE)
                .rule("[^\\\"\\\\]", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.function.Function;

/** Rouge 3.30's API Blueprint lexer ({@code apiblueprint}): Markdown with API Blueprint's sections. */
final class ApiblueprintLexer {
  private ApiblueprintLexer() {}

  static RegexLexer create(Lexer html, Lexer yaml, Function<String, Optional<Lexer>> lookup) {
    RegexLexer.Builder b =
        MarkdownLexer.builder(
            RegexLexer.builder("apiblueprint", "apiblueprint", "apib"), html, yaml, lookup);
    b.prepend(
        "root",
        s ->
            s.groups("(\\S+)(:\\s*)(.*)$", NAME_VARIABLE, PUNCTUATION, STRING)
                .groups("^(#+)(\\s*Group\\s+)(.*)$", PUNCTUATION, KEYWORD, GENERIC_HEADING)
                .groups("^(#+)(.*)(\\[.*\\])$", PUNCTUATION, GENERIC_HEADING, STRING)
                .groups("^([\\+\\-\\*])(\\s*Relation:)(\\s*.*)$", PUNCTUATION, KEYWORD, STRING)
                .groups(
                    "^(\\s+[\\+\\-\\*]\\s*)(Attributes|Parameters)(.*)$",
                    PUNCTUATION,
                    KEYWORD,
                    STRING)
                .groups(
                    "^([\\+\\-\\*]\\s*)(Request|Response)(\\s+\\d\\d\\d)?(.*)$",
                    PUNCTUATION,
                    KEYWORD,
                    NUMBER,
                    STRING));
    return b.build();
  }
}

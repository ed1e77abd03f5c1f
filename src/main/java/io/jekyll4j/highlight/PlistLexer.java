package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Plist lexer ({@code plist}) as a rule table, state for state. */
final class PlistLexer {
  private PlistLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("plist", "plist");
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", WHITESPACE));
    b.state(
        "root",
        s ->
            s.rule("//.*$", COMMENT)
                .rule("(?s)/\\*.+?\\*/", COMMENT)
                .mixin("whitespace")
                .rule("{", PUNCTUATION, "dictionary")
                .rule("\\(", PUNCTUATION, "array")
                .rule("\"([^\"\\\\]|\\\\.)*\"", STRING_DOUBLE)
                .rule("'([^'\\\\]|\\\\.)*'", STRING_SINGLE)
                .rule("<", PUNCTUATION, "data")
                .rule("[\\w$/:.-]+", LITERAL));
    b.state(
        "dictionary",
        s ->
            s.mixin("root")
                .rule("[=;]", PUNCTUATION)
                .rule("}", PUNCTUATION, POP));
    b.state(
        "array",
        s ->
            s.mixin("root")
                .rule("[,]", PUNCTUATION)
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "data",
        s ->
            s.rule("[\\h\\s]+", NUMBER_HEX)
                .rule(">", PUNCTUATION, POP));
    return b.build();
  }
}

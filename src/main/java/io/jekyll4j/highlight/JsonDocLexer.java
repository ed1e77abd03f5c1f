package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Json-doc lexer ({@code json-doc}) as a rule table, state for state. */
final class JsonDocLexer {
  private JsonDocLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("json-doc", "jsonc");
    b.state(
        "name",
        s ->
            s.groups("([$\\w]+)(\\s*)(:)", NAME_ATTRIBUTE, TEXT, PUNCTUATION)
                .groups("(\"(?:\\\\.|[^\"\\\\\\n])*?\")(\\s*)(:)", NAME_LABEL, WHITESPACE, PUNCTUATION));
    b.state(
        "value",
        s ->
            s.rule("/[*].*?[*]/", COMMENT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(\\.\\.\\.)", COMMENT_SINGLE)
                .mixin("whitespace")
                .mixin("constants")
                .rule("\"", STRING_DOUBLE, "string")
                .rule("\\[", PUNCTUATION, "array")
                .rule("{", PUNCTUATION, "object"));
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", WHITESPACE));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("{", PUNCTUATION, "object")
                .rule("\\[", PUNCTUATION, "array")
                .mixin("name")
                .mixin("value")
                .rule("[\\]}]", PUNCTUATION));
    b.state(
        "object",
        s ->
            s.mixin("whitespace")
                .mixin("name")
                .mixin("value")
                .rule("}", PUNCTUATION, POP)
                .rule(",", PUNCTUATION));
    b.state(
        "string",
        s ->
            s.rule("[^\\\\\"]+", STRING_DOUBLE)
                .rule("\\\\.", STRING_ESCAPE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "array",
        s ->
            s.mixin("value")
                .rule("\\]", PUNCTUATION, POP)
                .rule(",", PUNCTUATION));
    b.state(
        "constants",
        s ->
            s.rule("(?:true|false|null)", KEYWORD_CONSTANT)
                .rule("(?i)-?(?:0|[1-9]\\d*)\\.\\d+(?:e[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)-?(?:0|[1-9]\\d*)(?:e[+-]?\\d+)?", NUMBER_INTEGER));
    return b.build();
  }
}

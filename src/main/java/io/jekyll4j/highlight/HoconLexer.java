package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's HOCON lexer ({@code lexers/hocon.rb}) as a rule table. */
final class HoconLexer {
  private HoconLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("hocon");
    b.state(
        "comments",
        s ->
            s.rule("//.*?$", COMMENT_SINGLE)
                .rule("#.*?$", COMMENT_SINGLE));
    b.state(
        "root",
        s ->
            s.mixin("comments")
                .mixin("whitespace")
                .rule("{", PUNCTUATION, "object")
                .rule("\\[", PUNCTUATION, "array")
                .mixin("name")
                .mixin("value")
                .rule("[\\]}]", PUNCTUATION));
    b.state(
        "object",
        s ->
            s.rule("\\b(?:include|url|file|classpath)\\b", KEYWORD)
                .mixin("whitespace")
                .mixin("name")
                .mixin("value")
                .rule("}", PUNCTUATION, POP)
                .rule(",", PUNCTUATION));
    b.state(
        "name",
        s ->
            s.rule(
              "(\"(?:\\\"|[^\"\\n])*?\")(\\s*)([:=]|(?={))",
              (lx, m) -> {
                lx.groups(NAME_LABEL, WHITESPACE, PUNCTUATION);
              })
                .rule(
              "([-\\w.]+)(\\s*)([:=]|(?={))",
              (lx, m) -> {
                lx.groups(NAME_LABEL, WHITESPACE, PUNCTUATION);
              }));
    b.state(
        "value",
        s ->
            s.mixin("comments")
                .rule("\\n", WHITESPACE)
                .rule("\\s+", WHITESPACE)
                .mixin("constants")
                .rule("[$][{][?]?", STRING_INTERPOL, "interpolation")
                .rule("\"\"\"", STRING_DOUBLE, "multiline_string")
                .rule("\"", STRING_DOUBLE, "string")
                .rule("\\[", PUNCTUATION, "array")
                .rule("{", PUNCTUATION, "object")
                .rule("[()=]", PUNCTUATION)
                .rule("[^$\"{}\\[\\]:=,\\+#`^?!@*&]+?", LITERAL));
    b.state(
        "interpolation",
        s ->
            s.rule("[\\w\\-\\.]+?", NAME_VARIABLE)
                .rule("}", STRING_INTERPOL, POP));
    b.state(
        "string",
        s ->
            s.rule("[$][{][?]?", STRING_INTERPOL, "interpolation")
                .rule("[^\\\\\"\\${]+", STRING_DOUBLE)
                .rule("[^\\\\\"]+", STRING_DOUBLE)
                .rule("\\\\.", STRING_ESCAPE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "multiline_string",
        s ->
            s.rule("\"[^\"]{1,2}", STRING_DOUBLE)
                .mixin("string")
                .rule("\"\"\"", STRING_DOUBLE, POP));
    b.state(
        "constants",
        s ->
            s.rule("\\d+\\.(\\d+\\.?){3,}", LITERAL)
                .rule("(?:true|false|null)", KEYWORD_CONSTANT)
                .rule("(?i)-?(?:0|[1-9]\\d*)\\.\\d+(?:e[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)-?(?:0|[1-9]\\d*)(?:e[+-]?\\d+)?", NUMBER_INTEGER));
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", WHITESPACE));
    b.state(
        "array",
        s ->
            s.mixin("value")
                .rule("\\]", PUNCTUATION, POP)
                .rule(",", PUNCTUATION));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Velocity lexer ({@code lexers/velocity.rb}) as a rule table. */
final class VelocityLexer {
  private VelocityLexer() {}

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("velocity");
    b.start(lx -> lx.sub("parent", lexer.apply("html")).reset());
    b.state(
        "root",
        s ->
            s.rule(
              "[^{#$]+",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              })
                .rule("(?s)(#)(\\*.*?\\*)(#)", COMMENT_MULTILINE)
                .rule("(##)(.*?$)", COMMENT_SINGLE)
                .rule(
              "(?s)(#\\{?)((?i-s:[a-z_]\\w*))(\\}?)(\\s?\\()",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_FUNCTION, PUNCTUATION, PUNCTUATION);
                lx.push("directive_params");
              })
                .rule(
              "(?s)(#\\{?)((?i-s:[a-z_]\\w*))(\\}|\\b)",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_FUNCTION, PUNCTUATION);
              })
                .rule("\\$\\{?", PUNCTUATION, "variable"));
    b.state(
        "variable",
        s ->
            s.rule("(?i-s:[a-z_]\\w*)", NAME_VARIABLE)
                .rule("\\(", PUNCTUATION, "func_params")
                .rule(
              "(\\.)((?i-s:[a-z_]\\w*))",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_VARIABLE);
              })
                .rule("\\}", PUNCTUATION, POP)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "directive_params",
        s ->
            s.rule("(&&|\\|\\||==?|!=?|[-<>+*%&|^/])|\\b(eq|ne|gt|lt|ge|le|not|in)\\b", OPERATOR)
                .rule("\\[", OPERATOR, "range_operator")
                .rule("\\b(?i-s:[a-z_]\\w*)\\b", NAME_FUNCTION)
                .mixin("func_params"));
    b.state(
        "range_operator",
        s ->
            s.rule("[.]{2}", OPERATOR)
                .mixin("func_params")
                .rule("\\]", OPERATOR, POP));
    b.state(
        "func_params",
        s ->
            s.rule("\\$\\{?", PUNCTUATION, "variable")
                .rule("\\s+", TEXT)
                .rule(",", PUNCTUATION)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule("0[xX][0-9a-fA-F]+[Ll]?", NUMBER_HEX)
                .rule("\\b[0-9]+\\b", NUMBER_INTEGER)
                .rule("(true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("[(\\[]", PUNCTUATION, PUSH)
                .rule("[)\\]}]", PUNCTUATION, POP));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Tulip lexer ({@code lexers/tulip.rb}) as a rule table. */
final class TulipLexer {
  private TulipLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("tulip", "tulip");
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*?$", COMMENT));
    b.state(
        "root",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("@(?i-s:[a-z][\\w-]*)", KEYWORD)
                .rule(
              "(\\\\(?i-s:[a-z][\\w-]*))([{])",
              (lx, m) -> {
                lx.groups(NAME_FUNCTION, STRING);
                lx.push("nested_string");
              })
                .rule(
              "([+](?i-s:[a-z][\\w-]*))([{])",
              (lx, m) -> {
                lx.groups(NAME_DECORATOR, STRING);
                lx.push("nested_string");
              })
                .rule("\\\\(?i-s:[a-z][\\w-]*)", NAME_FUNCTION)
                .rule("[+](?i-s:[a-z][\\w-]*)", NAME_DECORATOR)
                .rule("\"[{]", STRING, "dqi")
                .rule("\"", STRING, "dq")
                .rule("'{", STRING, "nested_string")
                .rule("'(?i-s:[a-z][\\w-]*)", STRING)
                .rule("[.](?i-s:[a-z][\\w-]*)", NAME_TAG)
                .rule("[$](?i-s:[a-z][\\w-]*)?", NAME_VARIABLE)
                .rule("-(?i-s:[a-z][\\w-]*):?", NAME_LABEL)
                .rule("%(?i-s:[a-z][\\w-]*)", NAME_FUNCTION)
                .rule("`(?i-s:[a-z][\\w-]*)", OPERATOR_WORD)
                .rule("[?~%._>,!\\[\\]:{}()=;/-]", PUNCTUATION)
                .rule("[0-9]+([.][0-9]+)?", NUMBER)
                .rule("(?i-s:[a-z][\\w-]*)", NAME)
                .rule("<", COMMENT_PREPROC, "angle_brackets"));
    b.state(
        "dq",
        s ->
            s.rule("[^\\\\\"]+", STRING)
                .rule("\"", STRING, POP)
                .rule("\\\\.", STRING_ESCAPE));
    b.state(
        "dqi",
        s ->
            s.rule("[$][(]", STRING_INTERPOL, "interp_root")
                .rule("[{]", STRING, "dqi")
                .rule("[}]", STRING, POP)
                .rule("[^{}$]+", STRING)
                .rule(".", STRING));
    b.state(
        "interp_root",
        s ->
            s.rule("[)]", STRING_INTERPOL, POP)
                .mixin("interp"));
    b.state(
        "interp",
        s ->
            s.rule("[(]", PUNCTUATION, "interp")
                .rule("[)]", PUNCTUATION, POP)
                .mixin("root"));
    b.state(
        "nested_string",
        s ->
            s.rule("\\\\.", STRING_ESCAPE)
                .rule(
              "{",
              (lx, m) -> {
                lx.token(STRING);
                lx.push("nested_string");
              })
                .rule(
              "}",
              (lx, m) -> {
                lx.token(STRING);
                lx.pop();
              })
                .rule(
              "[^{}\\\\]+",
              (lx, m) -> {
                lx.token(STRING);
              }));
    b.state(
        "angle_brackets",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(">", COMMENT_PREPROC, POP)
                .rule("[*:]", PUNCTUATION)
                .rule("(?-si:[A-Z][\\w-]*)", KEYWORD_TYPE)
                .rule("(?i-s:[a-z][\\w-]*)", NAME_VARIABLE));
    return b.build();
  }
}

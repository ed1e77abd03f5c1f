package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Elm lexer ({@code elm}) as a rule table, state for state. */
final class ElmLexer {
  private ElmLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("elm");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("--.*", COMMENT_SINGLE)
                .rule("{-", COMMENT_MULTILINE, "multiline_comment")
                .rule("\\b(module|exposing|port|import|as|type|alias|if|then|else|case|of|let|in)\\b", KEYWORD)
                .rule("[a-z]\\w*", NAME)
                .rule("_", NAME)
                .rule("[A-Z]\\w*", KEYWORD_TYPE)
                .rule("(->|::|//|\\.\\.|&&|\\|\\||\\+\\+|\\|>|<\\||>>|<<|==|/=|<=|>=)", OPERATOR)
                .rule("[+-/*%=<>^\\|!]", OPERATOR)
                .rule("\\\\", OPERATOR)
                .rule("[@\\#$&~?]", OPERATOR)
                .rule("\"\"\"", STRING, "multiline_string")
                .rule("'(\\\\.|.)'", STRING_CHAR)
                .rule("\"", STRING, "double_quote")
                .rule("(?i)0x[\\da-f]+", NUMBER_HEX)
                .rule("(?i)\\d+e[+-]?\\d+", NUMBER_FLOAT)
                .rule("(?i)\\d+\\.\\d+(e[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("[\\[\\](),;`{}:]", PUNCTUATION));
    b.state(
        "multiline_comment",
        s ->
            s.rule("-}", COMMENT_MULTILINE, POP)
                .rule("{-", COMMENT_MULTILINE, "multiline_comment")
                .rule("[^-{}]+", COMMENT_MULTILINE)
                .rule("[-{}]", COMMENT_MULTILINE));
    b.state(
        "double_quote",
        s ->
            s.rule("[^\\\\\"]+", STRING_DOUBLE)
                .rule("\\\\\"", STRING_ESCAPE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "multiline_string",
        s ->
            s.rule("\\\\\"", STRING_ESCAPE)
                .rule("\"\"\"", STRING, POP)
                .rule("[^\"]+", STRING)
                .rule("\"", STRING));
    return b.build();
  }
}

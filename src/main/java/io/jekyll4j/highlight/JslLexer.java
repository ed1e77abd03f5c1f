package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's JSL lexer ({@code jsl}) as a rule table, state for state. */
final class JslLexer {
  private JslLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("jsl");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("/[*].*?", COMMENT_MULTILINE, "comment")
                .rule("<<", OPERATOR, "message")
                .groups("(?i)(::|:)?([a-z_][\\w\\s'%.\\\\]*)(\\()", PUNCTUATION, KEYWORD, PUNCTUATION)
                .rule("(?i)\\d{2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\d{2}(\\d{2})?(:\\d{2}:\\d{2}(:\\d{2}(\\.\\d*)?)?)?", LITERAL_DATE)
                .rule("(?i)-?(?:[0-9]+(?:[.][0-9]+)?|[.][0-9]*)(?:e[+-]?[0-9]+)?i?", NUMBER)
                .groups("(?i)(::|:)?([a-z_][\\w\\s'%.\\\\]*|\"(?:\\\\!\"|[^\"])*?\"n)", PUNCTUATION, NAME_VARIABLE)
                .groups("(?s)(\")(\\\\\\[)(.*?)(\\]\\\\)(\")", STRING_DOUBLE, STRING_ESCAPE, STRING_DOUBLE, STRING_ESCAPE, STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, "dq")
                .rule("[-+*/!%&<>\\|=:`^]", OPERATOR)
                .rule("[\\[\\](){},;]", PUNCTUATION));
    b.state(
        "message",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("(?i)[a-z_][\\w\\s'%.\\\\]*", NAME_FUNCTION)
                .rule("[(),;]", PUNCTUATION, POP)
                .rule("[&|!=<>]", OPERATOR, POP));
    b.state(
        "dq",
        s ->
            s.rule("\\\\![btrnNf0\\\\\"]", STRING_ESCAPE)
                .rule("\\\\", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP)
                .rule("(?s)[^\\\\\"]+", STRING_DOUBLE));
    b.state(
        "comment",
        s ->
            s.rule("/[*]", COMMENT_MULTILINE, "comment")
                .rule("[*]/", COMMENT_MULTILINE, POP)
                .rule("[^/*]+", COMMENT_MULTILINE)
                .rule("[/*]", COMMENT_MULTILINE));
    return b.build();
  }
}

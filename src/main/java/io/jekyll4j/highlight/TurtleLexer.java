package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Turtle/TriG lexer ({@code lexers/turtle.rb}) as a rule table. */
final class TurtleLexer {
  private TurtleLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("turtle");
    b.state(
        "root",
        s ->
            s.rule("@base\\b", KEYWORD_DECLARATION)
                .rule("@prefix\\b", KEYWORD_DECLARATION)
                .rule("true\\b", KEYWORD_CONSTANT)
                .rule("false\\b", KEYWORD_CONSTANT)
                .rule("(?s)\"\"\".*?\"\"\"", STRING)
                .rule("\"([^\"\\\\]|\\\\.)*\"", STRING)
                .rule("(?s)'''.*?'''", STRING)
                .rule("'([^'\\\\]|\\\\.)*'", STRING)
                .rule("#.*$", COMMENT_SINGLE)
                .rule("@[^\\s,.;]+", NAME_ATTRIBUTE)
                .rule("[+-]?[0-9]+\\.[0-9]*E[+-]?[0-9]+", NUMBER_FLOAT)
                .rule("[+-]?\\.[0-9]+E[+-]?[0-9]+", NUMBER_FLOAT)
                .rule("[+-]?[0-9]+E[+-]?[0-9]+", NUMBER_FLOAT)
                .rule("[+-]?[0-9]*\\.[0-9]+?", NUMBER_FLOAT)
                .rule("[+-]?[0-9]+", NUMBER_INTEGER)
                .rule("\\.", PUNCTUATION)
                .rule(",", PUNCTUATION)
                .rule(";", PUNCTUATION)
                .rule("\\(", PUNCTUATION)
                .rule("\\)", PUNCTUATION)
                .rule("\\{", PUNCTUATION)
                .rule("\\}", PUNCTUATION)
                .rule("\\[", PUNCTUATION)
                .rule("\\]", PUNCTUATION)
                .rule("\\^\\^", PUNCTUATION)
                .rule("<[^>]*>", NAME_LABEL)
                .rule("(?i)base\\b", KEYWORD_DECLARATION)
                .rule("(?i)prefix\\b", KEYWORD_DECLARATION)
                .rule("GRAPH\\b", KEYWORD)
                .rule("a\\b", KEYWORD)
                .rule("\\s+", WHITESPACE)
                .rule("[^:;<>#\\@\"\\(\\).\\[\\]\\{\\} ]*:", NAME_NAMESPACE)
                .rule("[^:;<>#\\@\"\\(\\).\\[\\]\\{\\} ]+", NAME));
    return b.build();
  }
}

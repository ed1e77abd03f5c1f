package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Brainfuck lexer ({@code brainfuck}) as a rule table, state for state. */
final class BrainfuckLexer {
  private BrainfuckLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("brainfuck");
    b.start(lx -> lx.push("bol"));
    b.state(
        "bol",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("\\[", COMMENT_MULTILINE, "comment_multi")
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "root",
        s ->
            s.rule("\\]", ERROR)
                .rule("\\[", PUNCTUATION, "loop")
                .mixin("comment_single")
                .mixin("commands"));
    b.state(
        "comment_multi",
        s ->
            s.rule("\\[", COMMENT_MULTILINE, "comment_multi")
                .rule("\\]", COMMENT_MULTILINE, POP)
                .rule("(?s)[^\\[\\]]+?", COMMENT_MULTILINE));
    b.state(
        "comment_single",
        s ->
            s.rule("[^><+\\-.,\\[\\]]+", COMMENT_SINGLE));
    b.state(
        "loop",
        s ->
            s.rule("\\[", PUNCTUATION, "loop")
                .rule("\\]", PUNCTUATION, POP)
                .mixin("comment_single")
                .mixin("commands"));
    b.state(
        "commands",
        s ->
            s.rule("[><]+", NAME_BUILTIN)
                .rule("[+\\-.,]+", NAME_FUNCTION));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's TAP lexer ({@code tap}) as a rule table, state for state. */
final class TapLexer {
  private TapLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("tap", "tap");
    b.state(
        "root",
        s ->
            s.rule("^TAP version \\d+\\n", NAME_NAMESPACE)
                .rule("^1\\.\\.\\d+", KEYWORD_DECLARATION, "plan")
                .rule("^(not ok)([^\\S\\n]*)(\\d*)", (lx, m) -> {
                  lx.groups(GENERIC_ERROR, TEXT, NUMBER_INTEGER);
                  lx.push("test");
                })
                .rule("^(ok)([^\\S\\n]*)(\\d*)", (lx, m) -> {
                  lx.groups(KEYWORD_RESERVED, TEXT, NUMBER_INTEGER);
                  lx.push("test");
                })
                .rule("^#.*\\n", COMMENT)
                .rule("^Bail out!.*\\n", GENERIC_ERROR)
                .rule("^.*\\n", TEXT));
    b.state(
        "plan",
        s ->
            s.rule("[^\\S\\n]+", TEXT)
                .rule("#", COMMENT, "directive")
                .rule("\\n", COMMENT, POP)
                .rule(".*\\n", GENERIC_ERROR, POP));
    b.state(
        "test",
        s ->
            s.rule("[^\\S\\n]+", TEXT)
                .rule("#", COMMENT, "directive")
                .rule("\\S+", TEXT)
                .rule("\\n", TEXT, POP));
    b.state(
        "directive",
        s ->
            s.rule("[^\\S\\n]+", COMMENT)
                .rule("(?i)\\bTODO\\b", COMMENT_PREPROC)
                .rule("(?i)\\bSKIP\\S*", COMMENT_PREPROC)
                .rule("\\S+", COMMENT)
                .rule("\\n", (lx, m) -> {
                  lx.token(COMMENT);
                  lx.pop(2);
                }));
    return b.build();
  }
}

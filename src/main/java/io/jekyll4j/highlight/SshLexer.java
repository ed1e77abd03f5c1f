package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's SSH Config File lexer ({@code ssh}) as a rule table, state for state. */
final class SshLexer {
  private SshLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ssh");
    b.state(
        "root",
        s ->
            s.rule("(?i)[a-z0-9]+", KEYWORD, "statement")
                .mixin("base"));
    b.state(
        "statement",
        s ->
            s.rule("\\n", TEXT, POP)
                .rule("(?:yes|no|confirm|ask|always|auto|none|force)\\b", NAME_CONSTANT)
                .rule("\\d+", NUMBER)
                .rule("[^#\\s;{}$\\\\]+", TEXT)
                .mixin("base"));
    b.state(
        "base",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*", COMMENT_SINGLE));
    return b.build();
  }
}

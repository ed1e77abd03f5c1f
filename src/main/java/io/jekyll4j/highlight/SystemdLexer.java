package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Systemd lexer ({@code systemd}) as a rule table, state for state. */
final class SystemdLexer {
  private SystemdLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("systemd", "unit-file");
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("[;#].*", COMMENT)
                .rule("\\[.*?\\]$", KEYWORD)
                .rule("(.*?)(=)(.*)(\\\\\\n)", (lx, m) -> {
                  lx.groups(NAME_TAG, PUNCTUATION, TEXT, STRING_ESCAPE);
                  lx.push("continuation");
                })
                .groups("(.*?)(=)(.*)", NAME_TAG, PUNCTUATION, TEXT));
    b.state(
        "continuation",
        s ->
            s.groups("(.*?)(\\\\\\n)", TEXT, STRING_ESCAPE)
                .rule("(.*)'", TEXT, POP));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's diff/patch lexer: one rule per kind of line. */
final class DiffLexer {
  private DiffLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("diff", "patch", "udiff");
    b.state(
        "root",
        s ->
            s.rule("^ .*$\\n?", TEXT)
                .rule("^---$\\n?", PUNCTUATION)
                .rule("^[+>]+.*$\\n?", GENERIC_INSERTED)
                .rule("^\\+.*$\\n?", GENERIC_INSERTED)
                .rule("^[-<]+.*$\\n?", GENERIC_DELETED)
                .rule("^!.*$\\n?", GENERIC_STRONG)
                .rule("^([Ii]ndex|diff).*$\\n?", GENERIC_HEADING)
                .groups("^(@@[^@]*@@)([^\\n]*\\n)", PUNCTUATION, TEXT)
                .rule("^\\w.*$\\n?", PUNCTUATION)
                .rule("^=.*$\\n?", GENERIC_HEADING)
                .rule("\\s.*$\\n?", TEXT));
    return b.build();
  }
}

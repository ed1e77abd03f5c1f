package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's digdag lexer ({@code digdag}): YAML with digdag's operators as keywords. */
final class DigdagLexer {
  private DigdagLexer() {}

  /** Rouge's KEYWORD_PATTERN (digdag v0.9.10's operators, then {@code _do}, {@code _parallel}). */
  private static final String KEYWORD_PATTERN =
      "(?-mix:call>|require>|loop>|for_each>|if>|fail>|echo>|td>|td_run>|td_ddl>|td_load>"
          + "|td_for_each>|td_wait>|td_wait_table>|td_partial_delete>|td_table_export>|pg>"
          + "|mail>|http>|s3_wait>|redshift>|redshift_load>|redshift_unload>|emr>|gcs_wait>"
          + "|bq>|bq_ddl>|bq_extract>|bq_load>|sh>|py>|rb>|embulk>|_do|_parallel)";

  static RegexLexer create() {
    RegexLexer.Builder b = YamlLexer.builder(RegexLexer.builder("digdag"));
    b.prepend(
        "block_nodes",
        s ->
            s.rule(
                "(" + KEYWORD_PATTERN + ")(:)(?=\\s|$)",
                (lx, m) -> {
                  lx.groups(KEYWORD_RESERVED, PUNCTUATION_INDICATOR);
                  YamlLexer.setIndent(lx, m.group(), true);
                }));
    return b.build();
  }
}

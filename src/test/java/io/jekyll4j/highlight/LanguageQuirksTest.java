package io.jekyll4j.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rouge behaviours found by comparing with real Rouge 3.30 on mutated inputs, each once wrong
 * here. Expected strings are Rouge's own output.
 */
class LanguageQuirksTest {
  private final Highlighter highlighter = new Highlighter();

  @Test
  void yamlBlockScalarIndicatorWithoutDigitSetsIndentZeroAsRougesToIDoes() {
    // Rouge reads the whole indicator ("-") with to_i, so the block scalar never ends here.
    assertThat(highlighter.highlight("a: >\\- \n  x\nb: 1\n", "yaml"))
        .isEqualTo(
            "<span class=\"na\">a</span><span class=\"pi\">:</span> <span class=\"pi\">&gt;</span>"
                + "<span class=\"err\">\\</span><span class=\"pi\">-</span> \n  <span class=\"s\">x"
                + "</span>\n<span class=\"err\">b</span><span class=\"s\">: 1</span>\n");
  }

  @Test
  void posixWordClassIsUnicodeAsInRuby() {
    assertThat(highlighter.highlight("@Méthode\n", "java"))
        .isEqualTo("<span class=\"nd\">@Méthode</span>\n");
  }
}

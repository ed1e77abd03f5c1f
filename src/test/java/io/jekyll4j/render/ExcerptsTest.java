package io.jekyll4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jekyll's {@code Excerpt#extract_excerpt}. */
class ExcerptsTest {
  @Test
  void withoutTheSeparatorTheWholeBodyIsTheExcerpt() {
    assertThat(Excerpts.extract("one line", "\n\n")).isEqualTo("one line");
  }

  @Test
  void linkReferencesUsedByTheHeadAreCopiedFromTheRest() {
    String body = "See [x][ref].\n\nMore.\n\n[ref]: http://a\n[other]: http://b\n";
    assertThat(Excerpts.extract(body, "\n\n")).isEqualTo("See [x][ref].\n\n[ref]: http://a");
  }

  @Test
  void aLiquidBlockCutBySeparatorIsClosed() {
    String body = "{% if a %}x\n\ny{% endif %}";
    assertThat(Excerpts.extract(body, "\n\n")).isEqualTo("{% if a %}x\n{% endif %}");
  }

  @Test
  void aClosedBlockIsLeftAlone() {
    assertThat(Excerpts.extract("{% if a %}x{% endif %}\n\nrest", "\n\n")).isEqualTo("{% if a %}x{% endif %}");
  }

  @Test
  void theWarningCheckWarnsExactlyWhenExtractingWould() {
    String[] bodies = {"one line", "{% if a %}x\n\nrest", "{% if a %}x{% endif %}\n\nrest", "{% if a %}x\n\n",
        "a\n\n{% if %}", "{% for x in y %}{% if a %}\n\n{% endif %}{% endfor %}", "{% raw %}\n\n", ""};
    for (String body : bodies) {
      for (String sep : new String[] {"\n\n", "<!--more-->", "x"}) {
        int[] extracted = {0};
        int[] checked = {0};
        Excerpts.extract(body, sep, () -> extracted[0]++);
        Excerpts.checkModified(body, sep, () -> checked[0]++);
        assertThat(checked[0]).as(body + " / " + sep).isEqualTo(extracted[0]);
      }
    }
  }

  @Test
  void aReferenceTheHeadUsesIsCopiedOnlyWhenTheRestDefinesIt() {
    assertThat(Excerpts.extract("See [x][ref].\n\nMore [ref] : not a definition.\n", "\n\n"))
        .isEqualTo("See [x][ref].");
    assertThat(Excerpts.extract("See [ref].\n\n  [ref]: /a\n    [ref]: /b\n", "\n\n"))
        .isEqualTo("See [ref].\n\n[ref]: /a");
  }
}

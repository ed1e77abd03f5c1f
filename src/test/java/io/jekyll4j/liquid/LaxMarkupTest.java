package io.jekyll4j.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LaxMarkupTest {
  @Test
  void skipsEmptyFiltersOnlyInLaxModes() {
    assertThat(LaxMarkup.rewrite("{{ 'x' | upcase | | downcase }}", true)).isEqualTo("{{ 'x' | upcase | downcase }}");
    assertThat(LaxMarkup.rewrite("{{ 'x' | upcase | | downcase }}", false)).isEqualTo("{{ 'x' | upcase | | downcase }}");
    assertThat(LaxMarkup.rewrite("{{ 'a||b' | split: '||' }}", true)).isEqualTo("{{ 'a||b' | split: '||' }}");
  }

  @Test
  void unknownOperatorsBecomeAFailingLookupAndKnownOnesStay() {
    assertThat(LaxMarkup.rewrite("{% if not x %}", true)).contains(LaxMarkup.UNKNOWN_OPERATOR + "[\"x\"]");
    assertThat(LaxMarkup.rewrite("{% if a == 'b c' and d contains e %}", true))
        .isEqualTo("{% if a == 'b c' and d contains e %}");
  }

  @Test
  void containsAsAFilterIsRenamed() {
    assertThat(LaxMarkup.rewrite("{{ s | contains: 'a' }}{% if s contains 'a' %}", true))
        .isEqualTo("{{ s | j4j_contains: 'a' }}{% if s contains 'a' %}");
  }

  @Test
  void anIfWithoutConditionInsideACommentIsASyntaxError() {
    assertThatThrownBy(() -> LaxMarkup.rewrite("{% comment %}{% if %}{% endcomment %}", true))
        .hasMessageContaining("Syntax Error in tag 'if'");
    assertThat(LaxMarkup.rewrite("{% comment %}{% foo %}{% endcomment %}", true)).contains("{% foo %}");
  }

  @Test
  void whitespaceControlAlsoRemovesVerticalTabsAndFormFeeds() {
    assertThat(LaxMarkup.rewrite("a\u000b {{- x -}} \fb", true)).isEqualTo("a{{- x -}}b");
  }

  @Test
  void aHyphenatedKeyAfterADotIsReadAsABracketLookupInExpressionTagsOnly() {
    assertThat(LaxMarkup.rewrite("{% if page.version-badge -%}", true)).isEqualTo("{% if page[\"version-badge\"] -%}");
    assertThat(LaxMarkup.rewrite("{{ site.chrome-tab-theme-color | default: 'a.b-c' }}", true))
        .isEqualTo("{{ site[\"chrome-tab-theme-color\"] | default: 'a.b-c' }}");
    assertThat(LaxMarkup.rewrite("{% if a == 'x.y-z' %}", true)).isEqualTo("{% if a == 'x.y-z' %}");
    assertThat(LaxMarkup.rewrite("{% include icons/a.two-part.svg %}", true)).isEqualTo("{% include icons/a.two-part.svg %}");
  }
}

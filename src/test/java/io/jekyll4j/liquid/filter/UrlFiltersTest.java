package io.jekyll4j.liquid.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code relative_url}'s scheme test and its remembered results, per {@code baseurl}. */
class UrlFiltersTest {
  @Test
  void aSchemeIsALetterThenLettersDigitsPlusDotOrDashThenAColon() {
    assertThat(UrlFilters.isAbsolute("https://example.com")).isTrue();
    assertThat(UrlFilters.isAbsolute("mailto:a@b")).isTrue();
    assertThat(UrlFilters.isAbsolute("a+b.c-9:rest")).isTrue();
    assertThat(UrlFilters.isAbsolute("x:")).isTrue();
    assertThat(UrlFilters.isAbsolute("")).isFalse();
    assertThat(UrlFilters.isAbsolute(":x")).isFalse();
    assertThat(UrlFilters.isAbsolute("1http://x")).isFalse();
    assertThat(UrlFilters.isAbsolute("/path:x")).isFalse();
    assertThat(UrlFilters.isAbsolute("a_b:c")).isFalse();
    assertThat(UrlFilters.isAbsolute("about")).isFalse();
    assertThat(UrlFilters.isAbsolute("é:x")).isFalse();
  }

  @Test
  void theSameInputGivesEachBaseurlItsOwnResult() {
    assertThat(UrlFilters.relativeUrl("a/b ", "/base/")).isEqualTo("/base/a/b");
    assertThat(UrlFilters.relativeUrl("a/b ", null)).isEqualTo("/a/b");
    assertThat(UrlFilters.relativeUrl("a/b ", "/other")).isEqualTo("/other/a/b");
    assertThat(UrlFilters.relativeUrl("a/b ", "/base/")).isEqualTo("/base/a/b");
    assertThat(UrlFilters.relativeUrl("/é x", "")).isEqualTo("/%C3%A9%20x");
    assertThat(UrlFilters.relativeUrl("http://x/", "/base")).isEqualTo("http://x/");
  }
}

package io.jekyll4j.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jekyll's {@code URL} rules (see jekyll/test/test_url.rb for the originals). */
class UrlTemplateTest {
  @Test
  void emptyPlaceholdersCollapseTheirSlashes() {
    Map<String, String> v = Map.of("categories", "", "year", "2024", "title", "hi", "output_ext", ".html");
    assertThat(UrlTemplate.expandStrict("/:categories/:year/:title:output_ext", v, "x.md"))
        .isEqualTo("/2024/hi.html");
  }

  @Test
  void anUnknownPlaceholderNamesTheFile() {
    assertThatThrownBy(() -> UrlTemplate.expandStrict("/:nope/", Map.of("title", "x"), "_posts/a.md"))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("The URL template doesn't have nope keys. Check your permalink template!");
  }

  @Test
  void aPlaceholderEndingInUnderscoreFallsBackToTheNameWithout() {
    assertThat(UrlTemplate.expandStrict("/:title_/x", Map.of("title", "a"), "x")).isEqualTo("/a_/x");
    assertThatThrownBy(() -> UrlTemplate.expandStrict("/:title_x", Map.of("title", "a"), "x"))
        .hasMessageContaining("doesn't have title_x keys");
  }

  @Test
  void hashPlaceholdersReplaceInOrderAndNilRemovesTheSegment() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("path", null);
    v.put("basename", "about");
    v.put("output_ext", ".html");
    assertThat(UrlTemplate.expandLoose("/:path/:basename:output_ext", v)).isEqualTo("/about.html");
  }

  @Test
  void unsafeCharactersAreEscapedAndDotsRemoved() {
    assertThat(UrlTemplate.escapePath("a b#c")).isEqualTo("a%20b%23c");
    assertThat(UrlTemplate.sanitize("/../a//b")).isEqualTo("/a/b");
  }
}

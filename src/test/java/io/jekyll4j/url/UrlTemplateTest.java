package io.jekyll4j.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jekyll::URL behaviour (test/test_url.rb in Jekyll), without a site. */
class UrlTemplateTest {
  @Test
  void sanitizeRemovesDotsAndSqueezesSlashes() {
    assertThat(UrlTemplate.sanitize("..//a/../b/./c")).isEqualTo("/a/b/c");
    assertThat(UrlTemplate.sanitize("/../../etc/passwd")).isEqualTo("/etc/passwd");
  }

  @Test
  void pagePlaceholdersDropASlashForNilValues() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("path", null);
    v.put("basename", "about");
    v.put("output_ext", ".html");
    assertThat(UrlTemplate.expandLoose("/:path/:basename:output_ext", v)).isEqualTo("/about.html");
  }

  @Test
  void documentPlaceholdersMustExist() {
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
  void emptyPlaceholdersCollapseTheirSlashes() {
    Map<String, String> v = Map.of("categories", "", "year", "2024", "title", "hi", "output_ext", ".html");
    assertThat(UrlTemplate.expandStrict("/:categories/:year/:title:output_ext", v, "x.md"))
        .isEqualTo("/2024/hi.html");
  }

  @Test
  void valuesAreEscapedAsJekyllEscapesPaths() {
    assertThat(UrlTemplate.escapePath("a b")).isEqualTo("a%20b");
    assertThat(UrlTemplate.escapePath("café")).isEqualTo("caf%C3%A9");
    assertThat(UrlTemplate.escapePath("c#")).isEqualTo("c%23");
    assertThat(UrlTemplate.unescapePath("/caf%C3%A9/a%20b/")).isEqualTo("/café/a b/");
  }

  @Test
  void outputPathsAddIndexAndExtension() {
    assertThat(Router.outputPath("/about/", ".html", false)).isEqualTo("about/index.html");
    assertThat(Router.outputPath("/about", ".html", false)).isEqualTo("about.html");
    assertThat(Router.outputPath("/feed.xml", ".xml", false)).isEqualTo("feed.xml");
    assertThat(Router.outputPath("/2024/01/01/hi/", ".html", true)).isEqualTo("2024/01/01/hi/index.html");
  }
}

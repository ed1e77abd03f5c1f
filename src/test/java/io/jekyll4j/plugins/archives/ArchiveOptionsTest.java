package io.jekyll4j.plugins.archives;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Views;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jekyll-archives settings read as the 2.2.1 gem reads them. */
class ArchiveOptionsTest {
  private static ArchiveOptions options(Map<String, Object> own) {
    return ArchiveOptions.of(Views.config(new SiteConfig(Map.of("jekyll-archives", own), List.of())), null);
  }

  @Test
  void allAndTrueEnableEveryTypeButASingleNameOutsideAListEnablesNone() {
    assertThat(options(Map.of("enabled", "all")).enabled("day")).isTrue();
    assertThat(options(Map.of("enabled", true)).enabled("tags")).isTrue();
    assertThat(options(Map.of("enabled", "tags")).enabled("tags")).isFalse();
    assertThat(options(Map.of("enabled", List.of("tags"))).enabled("tags")).isTrue();
    assertThat(options(Map.of()).enabled("year")).isFalse();
  }

  @Test
  void aTypesOwnLayoutWinsOverTheSharedOneWhichDefaultsToArchive() {
    ArchiveOptions o = options(Map.of("layouts", Map.of("tag", "tag-page")));
    assertThat(o.layoutOf("tag")).isEqualTo("tag-page");
    assertThat(o.layoutOf("year")).isEqualTo("archive");
  }

  @Test
  void aSitesPermalinkReplacesOnlyItsOwnTypesDefault() {
    ArchiveOptions o = options(Map.of("permalinks", Map.of("tag", "/t/:name.html")));
    assertThat(o.permalinkOf("tag")).isEqualTo("/t/:name.html");
    assertThat(o.permalinkOf("month")).isEqualTo("/:year/:month/");
  }

  @Test
  void theMergedSettingsKeepTheGemsDefaultsUnderTheSitesOwn() {
    Map<String, Object> merged = ArchiveOptions.merged(
        Views.config(new SiteConfig(Map.of("jekyll-archives", Map.of("enabled", "all")), List.of())));
    assertThat(merged).containsEntry("layout", "archive").containsEntry("enabled", "all");
    assertThat(merged.get("permalinks")).isEqualTo(Map.of("year", "/:year/", "month", "/:year/:month/",
        "day", "/:year/:month/:day/", "tag", "/tag/:name/", "category", "/category/:name/"));
  }
}

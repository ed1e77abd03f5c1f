package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.compose.NewSite;
import io.jekyll4j.compose.SiteTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new --theme jekyll4j-docs}: a site that names the theme jekyll4j's jar carries (this
 * repository's look, found on the class path) and builds with its layouts, includes and Sass.
 */
class NewSiteWithThemeTest {
  @TempDir Path tmp;

  @Test
  void aNewSiteNamingJekyll4jsThemeBuildsWithTheThemeFromTheClassPath() throws IOException {
    Path site = tmp.resolve("site");
    new NewSite(SiteTemplate.fromClasspath(), Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC))
        .create(site, false, false, Optional.of(SiteTemplate.THEME));

    assertThat(site.resolve("_layouts")).doesNotExist();
    assertThat(site.resolve("_sass")).doesNotExist();
    assertThat(Files.readString(site.resolve("_config.yml"))).contains("\ntheme: jekyll4j-docs\n");

    Path out = tmp.resolve("out");
    new Pipeline(new BuildOptions(site, out, List.of(), Map.of(), false, false, false, "production", List.of()))
        .build();

    assertThat(Files.readString(out.resolve("index.html"))).contains("<main class=\"site-main\"");
    assertThat(Files.readString(out.resolve("about/index.html"))).contains("<main class=\"site-main\"");
    assertThat(out.resolve("assets/css/style.css")).isRegularFile();
    assertThat(Files.readString(out.resolve("2024/05/06/welcome-to-jekyll4j.html"))).contains("site-main");
  }
}

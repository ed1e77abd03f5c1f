package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.source.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginsTest {
  private static final SiteConfig SITE = new SiteConfig(Map.of("plugins", List.of("jekyll-sitemap")), List.of());

  @Test
  void theSitesPluginsAreEnabled() {
    Plugins plugins = Plugins.select(SITE, Optional.empty(), Path.of("no-such-site"), null);

    assertThat(plugins.has("jekyll-sitemap")).isTrue();
    assertThat(plugins.has("jekyll-feed")).isFalse();
  }

  @Test
  void aThemesBuiltInRuntimeDependenciesAreEnabledAsIfListed() {
    Theme theme = new Theme("sometheme", Path.of("sometheme"),
        List.of("jekyll", "jekyll-feed", "jekyll-seo-tag", "jekyll-include-cache", "jekyll-gist",
            "jekyll-coffeescript"));

    Plugins plugins = Plugins.select(SITE, Optional.of(theme), Path.of("no-such-site"), null);

    assertThat(plugins.names())
        .containsExactlyInAnyOrder("jekyll-sitemap", "jekyll-feed", "jekyll-seo-tag", "jekyll-include-cache", "jekyll-gist");
  }
}

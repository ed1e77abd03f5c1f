package io.jekyll4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeConfigTest {
  @TempDir Path tmp;

  private Path themeConfig() throws IOException {
    return Files.writeString(tmp.resolve("_config.yml"), """
        title: Theme title
        tagline: From the theme
        permalink: /themed/:title/
        exclude: [everything]
        colors:
          accent: teal
          text: black
        """);
  }

  private SiteConfig site(String yaml) throws IOException {
    Path src = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(src.resolve("_config.yml"), yaml);
    return ConfigLoader.load(src, List.of(), Map.of());
  }

  @Test
  void theSiteInheritsTheThemesSettingsAndItsOwnWin() throws IOException {
    SiteConfig merged = ThemeConfig.apply(site("title: Site title\ncolors:\n  accent: navy\n"), themeConfig());

    assertThat(merged.get("title")).isEqualTo("Site title");
    assertThat(merged.get("tagline")).isEqualTo("From the theme");
    assertThat(merged.map("colors")).containsEntry("accent", "navy").containsEntry("text", "black");
  }

  @Test
  void aThemeCannotChangeJekyllsDefaultSettings() throws IOException {
    SiteConfig merged = ThemeConfig.apply(site("title: Site\n"), themeConfig());

    assertThat(merged.get("permalink")).isEqualTo("date");
    assertThat(merged.list("exclude")).doesNotContain("everything");
  }

  @Test
  void ignoreThemeConfigLeavesTheSitesConfigAsItIs() throws IOException {
    SiteConfig site = site("ignore_theme_config: true\n");

    assertThat(ThemeConfig.apply(site, themeConfig())).isSameAs(site);
  }
}

package io.jekyll4j.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jekyll's {@code Site#load_theme_configuration}: a gem-based theme may ship a {@code
 * _config.yml} whose settings the site inherits. It is read last and merged under the site's
 * configuration (the site wins), without the keys of Jekyll's defaults (a theme cannot change
 * those); {@code ignore_theme_config: true} turns it off.
 */
public final class ThemeConfig {
  private ThemeConfig() {}

  /** The site's configuration over the theme's {@code file}; the same config when there is nothing to add. */
  public static SiteConfig apply(SiteConfig config, Path file) {
    if (Boolean.TRUE.equals(config.get("ignore_theme_config"))) return config;
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return config;
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return config;
    }
    Object parsed = Yaml.load(text, file.toString(), 0);
    if (!(parsed instanceof Map<?, ?> m)) return config;
    Map<String, Object> merged = new LinkedHashMap<>(ConfigLoader.stringKeys(m));
    merged.keySet().removeAll(ConfigLoader.defaults().keySet());
    ConfigLoader.deepMerge(merged, config.raw());
    return new SiteConfig(merged, config.files());
  }
}

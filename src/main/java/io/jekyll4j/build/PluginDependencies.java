package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.diag.MissingDependencyException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Jekyll's {@code PluginManager#require_gems}: every name in {@code plugins} (the {@code gems}
 * key is no longer read by Jekyll 4) is required, and one that cannot be loaded stops the build
 * with {@code Dependency Error: Yikes! ...} ({@link MissingDependencyException}). In safe mode
 * only the names {@code whitelist} lists are required, so the others are not checked. A gem
 * theme's runtime dependencies are not checked: they come installed with the theme.
 *
 * <p>A name jekyll4j "has" is one of its built-in plugins, or a library Jekyll itself loads that
 * jekyll4j implements (kramdown, Rouge, the Sass converter, ...), which a site may list too.
 */
final class PluginDependencies {
  /** Gems that are Jekyll's own dependencies or that jekyll4j implements as part of its core. */
  static final Set<String> LIBRARIES = Set.of(
      "jekyll", "liquid", "kramdown", "kramdown-parser-gfm", "rouge", "jekyll-sass-converter",
      "sassc", "sass-embedded", "jekyll-watch", "webrick", "jekyll-commonmark",
      "jekyll-commonmark-ghpages", "commonmarker", "safe_yaml", "mercenary", "pathutil",
      "terminal-table", "colorator", "i18n", "addressable", "em-websocket", "listen",
      "jekyll-compose");

  private PluginDependencies() {}

  /** Throws Jekyll's dependency error for the first listed plugin jekyll4j does not have. */
  static void check(SiteConfig config, Set<String> available) {
    boolean safe = config.bool("safe");
    Set<String> whitelist = new HashSet<>();
    config.list("whitelist").forEach(w -> whitelist.add(String.valueOf(w)));
    List<?> listed = config.list("plugins");
    for (Object p : listed) {
      String name = String.valueOf(p);
      if (safe && !whitelist.contains(name)) continue;
      if (!has(name, available)) throw new MissingDependencyException(name);
    }
  }

  static boolean has(String name, Set<String> available) {
    return available.contains(name) || LIBRARIES.contains(name);
  }
}

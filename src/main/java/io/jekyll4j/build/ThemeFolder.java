package io.jekyll4j.build;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.source.Theme;
import java.nio.file.Path;
import java.util.Optional;

/**
 * For {@code serve}: the folder of the site's theme when it is a folder on the theme path (a
 * theme being developed), which is watched beside the source. A jar, a class-path theme or an
 * installed gem is not.
 */
public final class ThemeFolder {
  private ThemeFolder() {}

  /** Whether a path relative to the theme's folder is one of the theme's files (see {@link Theme#isThemeFile}). */
  public static boolean isThemeFile(String relative) {
    return Theme.isThemeFile(relative);
  }

  /** The theme's folder to watch, if any; empty too when the config or theme cannot be read. */
  public static Optional<Path> watched(BuildOptions options) {
    try {
      Path source = options.source().toAbsolutePath().normalize();
      SiteConfig config = ConfigLoader.load(source, options.configFiles(), options.overrides());
      Optional<Theme> theme = options.themeLocator(source).locate(config.get("theme"), new Diagnostics());
      return theme.filter(t -> t.origin() == Theme.Origin.FOLDER).map(Theme::root);
    } catch (BuildException e) {
      return Optional.empty();
    }
  }
}

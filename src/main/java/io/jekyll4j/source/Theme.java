package io.jekyll4j.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A gem-based theme ({@code theme: NAME} in the config), as Jekyll's {@code Jekyll::Theme}: the
 * folder where the gem is installed, and the gems it depends on at run time (which Jekyll
 * requires as plugins). Its folders ({@code _layouts}, {@code _includes}, {@code _sass},
 * {@code assets}, {@code _data}) count only when they exist and, links resolved, stay inside
 * the theme.
 *
 * @param name the theme's gem name, lower case
 * @param root the theme's folder, links resolved
 * @param runtimeDependencies the names of the gems its gemspec needs at run time
 * @param spec what its gemspec says, for Liquid's {@code theme}
 * @param origin where it was found
 * @param jar the jar it was unpacked from ({@link Origin#JAR}, {@link Origin#CLASSPATH})
 */
public record Theme(String name, Path root, List<String> runtimeDependencies, ThemeSpec spec, Origin origin,
    Optional<Path> jar) {
  /** Where a theme was found: its files are a folder of its own only for {@link #FOLDER}. */
  public enum Origin {
    /** A folder on the theme path (watched by {@code serve}). */
    FOLDER,
    /** A theme jar on the theme path, unpacked. */
    JAR,
    /** A theme jar (or folder) on the class path, unpacked. */
    CLASSPATH,
    /** An installed gem. */
    GEM
  }

  public Theme {
    runtimeDependencies = List.copyOf(runtimeDependencies);
  }

  /** A gem theme without a known gemspec. */
  public Theme(String name, Path root, List<String> runtimeDependencies) {
    this(name, root, runtimeDependencies, ThemeSpec.NONE, Origin.GEM, Optional.empty());
  }

  /**
   * Whether a path relative to a theme's folder is part of the theme (its five folders, {@code
   * _config.yml} and a gemspec), as against what else a theme project holds ({@code example/},
   * {@code target/}).
   */
  public static boolean isThemeFile(String relative) {
    for (String f : List.of("_layouts", "_includes", "_sass", "assets", "_data")) {
      if (relative.equals(f) || relative.startsWith(f + "/")) return true;
    }
    return relative.equals("_config.yml") || (relative.endsWith(".gemspec") && !relative.contains("/"));
  }

  /** The name of the theme's folder, which Jekyll puts before a theme file's path in messages. */
  public String basename() {
    return root.getFileName() == null ? name : root.getFileName().toString();
  }

  public Optional<Path> layoutsPath() {
    return folder("_layouts");
  }

  public Optional<Path> includesPath() {
    return folder("_includes");
  }

  public Optional<Path> sassPath() {
    return folder("_sass");
  }

  public Optional<Path> assetsPath() {
    return folder("assets");
  }

  public Optional<Path> dataPath() {
    return folder("_data");
  }

  /** The theme's own {@code _config.yml}, when it has one that is not a link. */
  public Optional<Path> configFile() {
    Path f = root.resolve("_config.yml");
    return Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Optional.of(f) : Optional.empty();
  }

  private Optional<Path> folder(String name) {
    try {
      Path real = root.resolve(name).toRealPath();
      return real.startsWith(root) && Files.isDirectory(real) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

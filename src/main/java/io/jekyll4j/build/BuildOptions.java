package io.jekyll4j.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one build is asked to do: source, destination, config files and overrides, and the
 * content switches ({@code --drafts}, {@code --future}, {@code --unpublished}), the folders and
 * jars searched first for the theme ({@code --theme-path}, {@code JEKYLL4J_THEME_PATH} by
 * default), and the class loader whose class path holds theme jars and the plugins named in
 * {@code plugins} (null: the thread's context class loader; the Maven plugin passes its
 * dependencies' loader).
 */
public record BuildOptions(
    Path source,
    Path destination,
    List<Path> configFiles,
    Map<String, Object> overrides,
    boolean drafts,
    boolean future,
    boolean unpublished,
    String environment,
    List<Path> themePath,
    ClassLoader classLoader) {

  public BuildOptions {
    themePath = List.copyOf(themePath);
  }

  /** Options whose class-path themes and plugins come from the thread's context class loader. */
  public BuildOptions(Path source, Path destination, List<Path> configFiles, Map<String, Object> overrides,
      boolean drafts, boolean future, boolean unpublished, String environment, List<Path> themePath) {
    this(source, destination, configFiles, overrides, drafts, future, unpublished, environment, themePath, null);
  }

  /** The class loader class-path themes and plugins are looked up in. */
  public ClassLoader effectiveClassLoader() {
    if (classLoader != null) return classLoader;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : BuildOptions.class.getClassLoader();
  }

  /** These options with class-path themes and plugins looked up in {@code loader}. */
  public BuildOptions withClassLoader(ClassLoader loader) {
    return new BuildOptions(source, destination, configFiles, overrides, drafts, future, unpublished, environment,
        themePath, loader);
  }

  /** Options whose theme folders come from {@code JEKYLL4J_THEME_PATH}. */
  public BuildOptions(Path source, Path destination, List<Path> configFiles, Map<String, Object> overrides,
      boolean drafts, boolean future, boolean unpublished, String environment) {
    this(source, destination, configFiles, overrides, drafts, future, unpublished, environment,
        themePathFromEnv());
  }

  public static BuildOptions of(Path source, Path destination) {
    return new BuildOptions(source, destination, List.of(), Map.of(), false, false, false, environmentFromEnv());
  }

  /** {@code JEKYLL4J_THEME_PATH}: folders holding theme folders, separated as {@code PATH} is. */
  public static List<Path> themePathFromEnv() {
    String v = System.getenv("JEKYLL4J_THEME_PATH");
    if (v == null || v.isBlank()) return List.of();
    return java.util.Arrays.stream(v.split(java.io.File.pathSeparator))
        .filter(s -> !s.isBlank()).map(Path::of).toList();
  }

  /** These options with {@code dirs} searched first for the theme (in place of the environment's). */
  public BuildOptions withThemePath(List<Path> dirs) {
    return new BuildOptions(source, destination, configFiles, overrides, drafts, future, unpublished, environment, dirs,
        classLoader);
  }

  /** {@code JEKYLL_ENV}, default {@code development}. */
  public static String environmentFromEnv() {
    String env = System.getenv("JEKYLL_ENV");
    return env == null || env.isBlank() ? "development" : env;
  }

  public BuildOptions withOverrides(Map<String, Object> more) {
    Map<String, Object> m = new java.util.LinkedHashMap<>(overrides);
    m.putAll(more);
    return new BuildOptions(source, destination, configFiles, m, drafts, future, unpublished, environment, themePath,
        classLoader);
  }

  /**
   * The theme locator these options describe: the theme path first, then theme jars on {@link
   * #effectiveClassLoader()}'s class path (unpacked into the default cache), then installed gems.
   */
  public io.jekyll4j.source.ThemeLocator themeLocator(Path absoluteSource) {
    return new io.jekyll4j.source.ThemeLocator(absoluteSource, themePath, System.getenv(),
        java.util.Optional.of(effectiveClassLoader()),
        new io.jekyll4j.source.ThemeJars(io.jekyll4j.source.ThemeJars.defaultCache()));
  }
}

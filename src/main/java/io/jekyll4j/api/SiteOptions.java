package io.jekyll4j.api;

import io.jekyll4j.build.BuildOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the site's source folder, where to write it, which configuration files to read,
 * configuration values that override them, and the content switches of {@code jekyll build}.
 * Immutable; made with {@link #builder(Path)}.
 *
 * <pre>{@code
 * SiteOptions options = SiteOptions.builder(Path.of("src/site/jekyll"))
 *     .destination(Path.of("target/site"))
 *     .config("baseurl", "/docs")
 *     .drafts(true)
 *     .build();
 * }</pre>
 *
 * <p>Relative paths are resolved against the current folder when the build starts; relative
 * configuration files against the source folder, as {@code --config} does.
 */
public final class SiteOptions {
  private final Path source;
  private final Path destination;
  private final List<Path> configFiles;
  private final Map<String, Object> config;
  private final boolean drafts;
  private final boolean future;
  private final boolean unpublished;
  private final String environment;
  private final List<Path> themePath;
  private final ClassLoader classLoader;
  private final boolean profile;

  private SiteOptions(Builder b) {
    this.source = b.source.toAbsolutePath().normalize();
    this.destination = b.destination == null ? source.resolve("_site")
        : b.destination.toAbsolutePath().normalize();
    this.configFiles = List.copyOf(b.configFiles);
    this.config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.config));
    this.drafts = b.drafts;
    this.future = b.future;
    this.unpublished = b.unpublished;
    this.environment = b.environment == null ? BuildOptions.environmentFromEnv() : b.environment;
    this.themePath = b.themePath == null ? BuildOptions.themePathFromEnv() : List.copyOf(b.themePath);
    this.classLoader = b.classLoader;
    this.profile = b.profile;
  }

  /** Options for the site whose source folder is {@code source} (output: {@code source/_site}). */
  public static Builder builder(Path source) {
    return new Builder(source);
  }

  /** The site's source folder, absolute. */
  public Path source() {
    return source;
  }

  /** Where the site is written, absolute (default {@code _site} in the source folder). */
  public Path destination() {
    return destination;
  }

  /** The configuration files read in order; empty: {@code _config.yml} of the source. */
  public List<Path> configFiles() {
    return configFiles;
  }

  /** Configuration values merged over the files', as Jekyll merges command-line options. */
  public Map<String, Object> config() {
    return config;
  }

  public boolean drafts() {
    return drafts;
  }

  public boolean future() {
    return future;
  }

  public boolean unpublished() {
    return unpublished;
  }

  /** {@code jekyll.environment} (default: {@code JEKYLL_ENV}, else {@code development}). */
  public String environment() {
    return environment;
  }

  /** Folders searched first for a gem-based theme (default: {@code JEKYLL4J_THEME_PATH}). */
  public List<Path> themePath() {
    return themePath;
  }

  /**
   * The class loader that classpath themes and plugins are found through; empty: the calling
   * thread's context class loader.
   */
  public Optional<ClassLoader> classLoader() {
    return Optional.ofNullable(classLoader);
  }

  /** Whether the build keeps a per-template Liquid profile ({@link BuildOutcome#profile()}). */
  public boolean profile() {
    return profile;
  }

  /** The engine's own options for these (used by the engine's callers in this project). */
  public BuildOptions toBuildOptions() {
    List<Path> files = new ArrayList<>();
    for (Path p : configFiles) files.add(p.isAbsolute() ? p : p.toAbsolutePath().normalize());
    return new BuildOptions(source, destination, files, config, drafts, future, unpublished,
        environment, themePath, classLoader);
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(source).destination(destination).configFiles(configFiles)
        .config(config).drafts(drafts).future(future).unpublished(unpublished)
        .environment(environment).themePath(themePath).profile(profile);
    b.classLoader = classLoader;
    return b;
  }

  /** Builds {@link SiteOptions}; every setter returns the builder. */
  public static final class Builder {
    private final Path source;
    private Path destination;
    private final List<Path> configFiles = new ArrayList<>();
    private final Map<String, Object> config = new LinkedHashMap<>();
    private boolean drafts;
    private boolean future;
    private boolean unpublished;
    private String environment;
    private List<Path> themePath;
    private ClassLoader classLoader;
    private boolean profile;

    private Builder(Path source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /** Where the site is written (default {@code _site} in the source folder). */
    public Builder destination(Path destination) {
      this.destination = destination;
      return this;
    }

    /** Adds a configuration file, read after the ones added before ({@code --config}). */
    public Builder configFile(Path file) {
      configFiles.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Replaces the configuration files. */
    public Builder configFiles(List<Path> files) {
      configFiles.clear();
      for (Path f : files) configFile(f); // a loop: no method reference to link at start-up
      return this;
    }

    /** Sets one configuration value over the files' ({@code baseurl}, {@code title}, ...). */
    public Builder config(String key, Object value) {
      config.put(Objects.requireNonNull(key, "key"), value);
      return this;
    }

    /** Sets these configuration values over the files' (nested maps are deep-merged). */
    public Builder config(Map<String, ?> values) {
      config.putAll(values);
      return this;
    }

    /** Also builds the posts in {@code _drafts/} ({@code --drafts}). */
    public Builder drafts(boolean on) {
      this.drafts = on;
      return this;
    }

    /** Also builds posts dated in the future ({@code --future}). */
    public Builder future(boolean on) {
      this.future = on;
      return this;
    }

    /** Also builds items with {@code published: false} ({@code --unpublished}). */
    public Builder unpublished(boolean on) {
      this.unpublished = on;
      return this;
    }

    /** {@code jekyll.environment}, in place of {@code JEKYLL_ENV}. */
    public Builder environment(String environment) {
      this.environment = environment;
      return this;
    }

    /** Folders searched first for a gem-based theme, in place of {@code JEKYLL4J_THEME_PATH}. */
    public Builder themePath(List<Path> dirs) {
      this.themePath = List.copyOf(dirs);
      return this;
    }

    /**
     * The class loader through which themes and plugins shipped as jars are found (a Maven
     * plugin's realm, an application's loader). Default: the thread's context class loader.
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /** Keeps a per-template Liquid profile ({@code --profile}). */
    public Builder profile(boolean on) {
      this.profile = on;
      return this;
    }

    public SiteOptions build() {
      return new SiteOptions(this);
    }
  }
}

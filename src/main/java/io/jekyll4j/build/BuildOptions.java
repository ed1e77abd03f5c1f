package io.jekyll4j.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one build is asked to do: source, destination, config files and overrides, and the
 * content switches ({@code --drafts}, {@code --future}, {@code --unpublished}).
 */
public record BuildOptions(
    Path source,
    Path destination,
    List<Path> configFiles,
    Map<String, Object> overrides,
    boolean drafts,
    boolean future,
    boolean unpublished,
    String environment) {

  public static BuildOptions of(Path source, Path destination) {
    return new BuildOptions(source, destination, List.of(), Map.of(), false, false, false, environmentFromEnv());
  }

  /** {@code JEKYLL_ENV}, default {@code development}. */
  public static String environmentFromEnv() {
    String env = System.getenv("JEKYLL_ENV");
    return env == null || env.isBlank() ? "development" : env;
  }

  public BuildOptions withOverrides(Map<String, Object> more) {
    Map<String, Object> m = new java.util.LinkedHashMap<>(overrides);
    m.putAll(more);
    return new BuildOptions(source, destination, configFiles, m, drafts, future, unpublished, environment);
  }
}

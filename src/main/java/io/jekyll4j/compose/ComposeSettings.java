package io.jekyll4j.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The few site settings the compose commands need ({@code collections_dir}, {@code exclude},
 * {@code timezone}, {@code jekyll_compose.default_front_matter}), read from {@code _config.yml}
 * or the files given with {@code --config}, later files winning as in Jekyll.
 */
public final class ComposeSettings {
  private final Map<String, Object> config;

  private ComposeSettings(Map<String, Object> config) {
    this.config = config;
  }

  /** No configuration at all: Jekyll's defaults. */
  public static ComposeSettings defaults() {
    return new ComposeSettings(Map.of());
  }

  /**
   * Reads {@code configFiles} (relative to {@code source} unless absolute); with none given,
   * {@code _config.yml} (or {@code _config.yaml}) if the site has one.
   */
  public static ComposeSettings read(Path site, List<String> configFiles) {
    Path source = site.toAbsolutePath().normalize();
    List<Path> files =
        configFiles.isEmpty()
            ? defaultConfig(source).map(List::of).orElse(List.of())
            : configFiles.stream().map(f -> source.resolve(f.strip()).normalize()).toList();
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Path file : files) {
      merged.putAll(load(file, source));
    }
    return new ComposeSettings(merged);
  }

  private static Optional<Path> defaultConfig(Path source) {
    return List.of("_config.yml", "_config.yaml").stream()
        .map(source::resolve)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private static Map<String, Object> load(Path file, Path source) {
    String name =
        file.startsWith(source) ? source.relativize(file).toString() : file.toString();
    if (!Files.isRegularFile(file)) {
      throw new ComposeException("Configuration file " + file + " does not exist.");
    }
    try {
      Object data =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(file, StandardCharsets.UTF_8));
      if (data == null) {
        return Map.of();
      }
      if (!(data instanceof Map<?, ?> map)) {
        throw new ComposeException(name + ":1: configuration is not a list of keys and values");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new ComposeException(name + ":" + line + ": invalid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ComposeException(name + ": invalid YAML: " + e.getMessage());
    } catch (IOException e) {
      throw new ComposeException("Cannot read " + name + ": " + e.getMessage());
    }
  }

  /** {@code collections_dir}, empty when posts and drafts live in the source folder itself. */
  public String collectionsDir() {
    Object dir = config.get("collections_dir");
    return dir == null ? "" : String.valueOf(dir).replaceAll("^/+|/+$", "");
  }

  /** The site's {@code exclude} entries. */
  List<String> exclude() {
    return config.get("exclude") instanceof List<?> list
        ? list.stream().map(String::valueOf).toList()
        : List.of();
  }

  /** The site's {@code timezone}, which Jekyll (and so jekyll-compose) applies to "now". */
  Optional<String> timezone() {
    return Optional.ofNullable(config.get("timezone")).map(String::valueOf);
  }

  /** {@code jekyll_compose.default_front_matter.<kind>}, in the order the file gives it. */
  Map<String, Object> defaultFrontMatter(String kind) {
    if (config.get("jekyll_compose") instanceof Map<?, ?> compose
        && compose.get("default_front_matter") instanceof Map<?, ?> defaults
        && defaults.get(kind) instanceof Map<?, ?> values) {
      Map<String, Object> out = new LinkedHashMap<>();
      values.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    }
    return Map.of();
  }
}

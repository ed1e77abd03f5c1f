package io.jekyll4j.config;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the site configuration as Jekyll does: built-in defaults, then each config file
 * deep-merged in order, then command-line overrides; then Jekyll's fix-ups (default excludes,
 * the posts collection).
 */
public final class ConfigLoader {
  /** Jekyll's {@code DEFAULT_EXCLUDES}, appended to every site's {@code exclude}. */
  public static final List<String> DEFAULT_EXCLUDES =
      List.of(
          ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
          "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/");

  private ConfigLoader() {}

  /**
   * Loads the configuration of the site at {@code source}. {@code files} are the config files to
   * read (empty: {@code _config.yml}, else {@code _config.yaml}, when present).
   */
  public static SiteConfig load(Path source, List<Path> files, Map<String, Object> overrides) {
    Map<String, Object> config = defaults();
    List<Path> toRead = new ArrayList<>(files);
    if (toRead.isEmpty()) {
      for (String name : List.of("_config.yml", "_config.yaml")) {
        if (Files.isRegularFile(source.resolve(name))) {
          toRead.add(source.resolve(name));
          break;
        }
      }
    }
    List<String> read = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Path file : toRead) {
      Path resolved = file.isAbsolute() ? file : source.resolve(file);
      String display = displayName(source, resolved);
      if (!Files.isRegularFile(resolved)) {
        if (!files.isEmpty()) {
          throw new BuildException(
              SourceLocation.of(display), "Configuration file " + display + " not found");
        }
        continue;
      }
      String text;
      try {
        text = Files.readString(resolved, StandardCharsets.UTF_8);
      } catch (IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
          throw new BuildException(new SourceLocation(display, io.jekyll4j.diag.SourceLines.firstInvalidUtf8(resolved)),
              "Invalid UTF-8 in " + display, e);
        }
        throw new BuildException(SourceLocation.of(display), "cannot read " + display, e);
      }
      Object parsed = Yaml.load(text, display, 0);
      if (parsed instanceof Map<?, ?> m) {
        deepMerge(config, stringKeys(m));
      } else if (parsed != null) {
        // Jekyll's Configuration#read_config_files: an ArgumentError ("(INVALID)") ends the
        // reading with a warning; what was merged so far and the options are used
        warnings.add("Error reading configuration. Using defaults (and options).");
        warnings.add("Configuration file: (INVALID) " + display);
        break;
      }
      read.add(resolved.toString());
    }
    deepMerge(config, overrides);
    fixUp(config);
    return new SiteConfig(config, read, warnings);
  }

  private static String displayName(Path source, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path src = source.toAbsolutePath().normalize();
    return abs.startsWith(src) ? src.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /** Jekyll's {@code Configuration::DEFAULTS}. */
  static Map<String, Object> defaults() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("source", ".");
    d.put("destination", "_site");
    d.put("collections_dir", "");
    d.put("cache_dir", ".jekyll-cache");
    d.put("plugins_dir", "_plugins");
    d.put("layouts_dir", "_layouts");
    d.put("data_dir", "_data");
    d.put("includes_dir", "_includes");
    d.put("collections", new LinkedHashMap<String, Object>());
    d.put("safe", false);
    d.put("include", new ArrayList<>(List.of(".htaccess")));
    d.put("exclude", new ArrayList<>());
    d.put("keep_files", new ArrayList<>(List.of(".git", ".svn")));
    d.put("encoding", "utf-8");
    d.put("markdown_ext", "markdown,mkdown,mkdn,mkd,md");
    d.put("strict_front_matter", false);
    d.put("show_drafts", null);
    d.put("limit_posts", 0);
    d.put("future", false);
    d.put("unpublished", false);
    d.put("whitelist", new ArrayList<>());
    d.put("plugins", new ArrayList<>());
    d.put("markdown", "kramdown");
    d.put("highlighter", "rouge");
    d.put("lsi", false);
    d.put("excerpt_separator", "\n\n");
    d.put("incremental", false);
    d.put("detach", false);
    d.put("port", "4000");
    d.put("host", "127.0.0.1");
    d.put("baseurl", null);
    d.put("show_dir_listing", false);
    d.put("permalink", "date");
    d.put("paginate_path", "/page:num");
    d.put("timezone", null);
    d.put("quiet", false);
    d.put("verbose", false);
    d.put("defaults", new ArrayList<>());
    Map<String, Object> liquid = new LinkedHashMap<>();
    liquid.put("error_mode", "warn");
    liquid.put("strict_filters", false);
    liquid.put("strict_variables", false);
    d.put("liquid", liquid);
    Map<String, Object> kramdown = new LinkedHashMap<>();
    kramdown.put("auto_ids", true);
    kramdown.put("toc_levels", new ArrayList<>(List.of(1, 2, 3, 4, 5, 6)));
    kramdown.put("entity_output", "as_char");
    kramdown.put("smart_quotes", "lsquo,rsquo,ldquo,rdquo");
    kramdown.put("input", "GFM");
    kramdown.put("hard_wrap", false);
    kramdown.put("guess_lang", true);
    kramdown.put("footnote_nr", 1);
    kramdown.put("show_warnings", false);
    d.put("kramdown", kramdown);
    return d;
  }

  @SuppressWarnings("unchecked")
  private static void fixUp(Map<String, Object> config) {
    Object exclude = config.get("exclude");
    List<Object> ex = exclude instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
    for (String e : DEFAULT_EXCLUDES) if (!ex.contains(e)) ex.add(e);
    config.put("exclude", ex);
    Object collections = config.get("collections");
    Map<String, Object> cols = new LinkedHashMap<>();
    if (collections instanceof Map<?, ?> m) {
      m.forEach((k, v) -> cols.put(String.valueOf(k), v instanceof Map<?, ?> vm ? stringKeys(vm) : new LinkedHashMap<>()));
    } else if (collections instanceof List<?> l) {
      for (Object name : l) cols.put(String.valueOf(name), new LinkedHashMap<>());
    }
    Map<String, Object> posts =
        (Map<String, Object>) cols.computeIfAbsent("posts", k -> new LinkedHashMap<String, Object>());
    posts.putIfAbsent("output", true);
    posts.putIfAbsent("permalink", PermalinkStyles.template(String.valueOf(config.get("permalink"))));
    config.put("collections", cols);
  }

  /**
   * Jekyll's {@code Utils.deep_merge_hashes}: maps merge recursively, other values replace, and a
   * nil never replaces a value the target has ({@code merge_values}: {@code new_val.nil? ? old_val}),
   * so {@code layout: null} in a document's front matter keeps the layout its defaults give.
   */
  public static void deepMerge(Map<String, Object> target, Map<String, Object> overlay) {
    deepMerge(target, overlay, true);
  }

  /**
   * Like {@link #deepMerge(Map, Map)}, but at the top level a nil replaces too: a page's own front
   * matter over its defaults, as a {@code Page} keeps its raw front matter (defaults only fill keys
   * it lacks, through {@code data.default_proc}), so {@code layout: null} there means no layout.
   */
  public static void mergeOwnFrontMatter(Map<String, Object> target, Map<String, Object> overlay) {
    deepMerge(target, overlay, false);
  }

  @SuppressWarnings("unchecked")
  private static void deepMerge(Map<String, Object> target, Map<String, Object> overlay, boolean nilKeeps) {
    for (Map.Entry<String, Object> e : overlay.entrySet()) {
      Object old = target.get(e.getKey());
      Object val = e.getValue();
      if (val == null && nilKeeps && target.containsKey(e.getKey())) {
        continue;
      } else if (old instanceof Map<?, ?> om && val instanceof Map<?, ?> vm) {
        Map<String, Object> merged = stringKeys(om);
        deepMerge(merged, stringKeys(vm));
        target.put(e.getKey(), merged);
      } else if (val instanceof Map<?, ?> vm) {
        target.put(e.getKey(), stringKeys(vm));
      } else {
        target.put(e.getKey(), val);
      }
    }
  }

  /** A copy of a map with its keys as strings, as Jekyll's config is. */
  public static Map<String, Object> stringKeys(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}

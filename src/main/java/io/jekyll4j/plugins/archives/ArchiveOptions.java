package io.jekyll4j.plugins.archives;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.GenerateContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code jekyll-archives} settings of a site, with the gem's defaults filled in: which
 * archive types are enabled, the layout and the permalink template of each type.
 */
record ArchiveOptions(Object enabled, String layout, Map<String, Object> layouts,
    Map<String, Object> permalinks, GenerateContext context) {
  private static final Map<String, Object> DEFAULT_PERMALINKS = Map.of(
      "year", "/:year/", "month", "/:year/:month/", "day", "/:year/:month/:day/",
      "tag", "/tag/:name/", "category", "/category/:name/");
  private static final Map<String, Object> DEFAULT_PERMALINK_ORDER = ordered();

  private static Map<String, Object> ordered() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String type : List.of("year", "month", "day", "tag", "category")) m.put(type, DEFAULT_PERMALINKS.get(type));
    return m;
  }

  /**
   * The gem's merged settings as it writes them back to {@code site.config["jekyll-archives"]}:
   * its defaults ({@code layout}, {@code enabled}, {@code permalinks}) overlaid with the site's.
   */
  static Map<String, Object> merged(ConfigView config) {
    Map<String, Object> own = asMap(config.get(ArchiveGenerator.PLUGIN));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layout", "archive");
    out.put("enabled", List.of());
    Map<String, Object> permalinks = new LinkedHashMap<>(DEFAULT_PERMALINK_ORDER);
    permalinks.putAll(asMap(own.get("permalinks")));
    out.putAll(own);
    out.put("permalinks", permalinks);
    return out;
  }

  /** The options of {@code config}; {@code context} slugifies and gives front matter defaults. */
  static ArchiveOptions of(ConfigView config, GenerateContext context) {
    Map<String, Object> own = asMap(config.get(ArchiveGenerator.PLUGIN));
    Map<String, Object> permalinks = new LinkedHashMap<>(DEFAULT_PERMALINKS);
    permalinks.putAll(asMap(own.get("permalinks")));
    Object layout = own.containsKey("layout") ? own.get("layout") : "archive";
    return new ArchiveOptions(own.getOrDefault("enabled", List.of()),
        layout == null ? null : String.valueOf(layout), asMap(own.get("layouts")), permalinks, context);
  }

  /** The gem's {@code enabled?}: {@code true}, {@code all}, or a list naming the type. */
  boolean enabled(String type) {
    if (Boolean.TRUE.equals(enabled) || "all".equals(enabled)) return true;
    return enabled instanceof List<?> list && list.stream().anyMatch(x -> type.equals(String.valueOf(x)));
  }

  /** The layout named for the type in {@code layouts}, else {@code layout}. */
  String layoutOf(String type) {
    Object own = layouts.get(type);
    return own != null ? String.valueOf(own) : layout;
  }

  /** The permalink template of the type (the gem's {@code permalinks}). */
  String permalinkOf(String type) {
    Object p = permalinks.get(type);
    return p == null ? "" : String.valueOf(p);
  }

  /**
   * A tag or category name as the gem puts it in URLs: Jekyll's default slugify (version 2.2.1
   * has no {@code slug_mode}; a site's setting is ignored as the gem ignores it).
   */
  String slug(String name) {
    return context.slugify(name);
  }

  /** The front matter defaults for an archive page at {@code path} of {@code type}. */
  Map<String, Object> defaults(String path, String type) {
    return context.frontMatterDefaults(path, type);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}

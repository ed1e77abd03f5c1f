package io.jekyll4j.plugins.seo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page's {@code image} as jekyll-seo-tag reads it: a path string, or a hash whose {@code
 * path} (else {@code facebook}, else {@code twitter}) is the image and whose other keys
 * ({@code height}, {@code width}, {@code alt}, ...) describe it. The path is made absolute and
 * URI-escaped.
 */
final class SeoImage {
  private final Map<Object, Object> fields;
  private final String path;

  private SeoImage(Map<Object, Object> fields, String path) {
    this.fields = fields;
    this.path = path;
  }

  /** The image, when the page names one. */
  static Optional<SeoImage> of(Object image, SeoFilters filters) {
    Map<Object, Object> fields = new LinkedHashMap<>();
    fields.put("path", null);
    if (image instanceof Map<?, ?> m) fields.putAll(m);
    else if (image instanceof CharSequence s) fields.put("path", s.toString());
    Object raw = firstTruthy(fields.get("path"), fields.get("facebook"), fields.get("twitter"));
    if (raw == null) return Optional.empty();
    Object absolute = raw instanceof CharSequence s && !SeoFilters.isAbsolute(s.toString()) ? filters.absoluteUrl(s.toString()) : raw;
    return Optional.of(new SeoImage(fields, filters.uriEscape(filters.toS(absolute))));
  }

  private static Object firstTruthy(Object... values) {
    for (Object v : values) if (SeoFacts.truthy(v)) return v;
    return null;
  }

  /** The absolute, escaped image URL. */
  String path() {
    return path;
  }

  /** Another key of the image hash ({@code height}, {@code width}, {@code alt}, ...). */
  Object get(String key) {
    return fields.get(key);
  }

  /**
   * The image in JSON-LD: the URL alone when the page gave only a path, else the hash's other
   * keys in their order, then {@code url} and {@code @type}.
   */
  Object jsonLd() {
    if (fields.size() == 1) return path;
    Map<Object, Object> out = new LinkedHashMap<>();
    for (Map.Entry<Object, Object> e : fields.entrySet()) {
      if (!"path".equals(e.getKey())) out.put(e.getKey(), e.getValue());
    }
    out.put("url", path);
    out.put("@type", "imageObject");
    return out;
  }
}

package io.jekyll4j.plugins.seo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page's author as jekyll-seo-tag resolves it: the page's {@code author}, else the first of
 * its {@code authors}, else the site's {@code author}; a name string is completed (and may be
 * overridden) by the entry of that name in {@code site.data.authors}.
 */
final class SeoAuthor {
  private final Map<?, ?> fields;

  private SeoAuthor(Map<?, ?> fields) {
    this.fields = fields;
  }

  static SeoAuthor of(Map<?, ?> page, Map<?, ?> site, SeoFilters filters) {
    Object resolved = resolve(page, site, filters);
    if (resolved instanceof Map<?, ?> m) return new SeoAuthor(m);
    if (resolved instanceof CharSequence s) {
      Map<Object, Object> merged = new LinkedHashMap<>();
      merged.put("name", s.toString());
      if (site.get("data") instanceof Map<?, ?> data && data.get("authors") instanceof Map<?, ?> authors
          && authors.get(s.toString()) instanceof Map<?, ?> entry) {
        merged.putAll(entry);
      }
      return new SeoAuthor(merged);
    }
    return new SeoAuthor(Map.of());
  }

  private static Object resolve(Map<?, ?> page, Map<?, ?> site, SeoFilters filters) {
    Object first = page.get("authors") instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
    for (Object candidate : new Object[] {page.get("author"), first, site.get("author")}) {
      if (candidate != null && !filters.rubyToS(candidate).isEmpty()) return candidate;
    }
    return null;
  }

  /** The author's {@code name}, as given (any YAML value). */
  Optional<Object> name() {
    return Optional.ofNullable(get("name"));
  }

  /** Any other key of the author ({@code url}, {@code type}, ...). */
  Object get(String key) {
    return fields.get(key);
  }

  /** The twitter handle without its leading {@code @}: {@code twitter}, else the name. */
  Optional<String> twitter() {
    Object t = SeoFacts.truthy(get("twitter")) ? get("twitter") : get("name");
    if (!(t instanceof CharSequence s)) return Optional.empty();
    String handle = s.toString();
    return Optional.of(handle.startsWith("@") ? handle.substring(1) : handle);
  }
}

package io.jekyll4j.config;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merged site configuration: the raw map (exposed to Liquid as {@code site.*}) plus typed
 * accessors for the keys the engine itself reads. Immutable once loaded.
 */
public final class SiteConfig {
  private final Map<String, Object> raw;
  private final List<String> files;
  private final List<String> warnings;

  public SiteConfig(Map<String, Object> raw, List<String> files) {
    this(raw, files, List.of());
  }

  public SiteConfig(Map<String, Object> raw, List<String> files, List<String> warnings) {
    this.raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    this.files = List.copyOf(files);
    this.warnings = List.copyOf(warnings);
  }

  /** What reading the config files warned about (Jekyll goes on with the defaults). */
  public List<String> warnings() {
    return warnings;
  }

  /** Every key, as {@code site.*} shows them. */
  public Map<String, Object> raw() {
    return raw;
  }

  /** The config files that were read, in order. */
  public List<String> files() {
    return files;
  }

  public Object get(String key) {
    return raw.get(key);
  }

  public String string(String key, String fallback) {
    Object v = raw.get(key);
    return v == null ? fallback : String.valueOf(v);
  }

  public boolean bool(String key) {
    Object v = raw.get(key);
    return v instanceof Boolean b ? b : v != null && "true".equals(String.valueOf(v));
  }

  public List<String> list(String key) {
    Object v = raw.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) if (o != null) out.add(String.valueOf(o));
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> map(String key) {
    Object v = raw.get(key);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** {@code baseurl} without a trailing slash ("" when unset). */
  public String baseurl() {
    String b = string("baseurl", "");
    while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
    return b;
  }

  /** The site's {@code timezone}, or the JVM default (Jekyll uses the process's TZ). */
  public ZoneId zone() {
    Object tz = raw.get("timezone");
    if (tz != null) {
      try {
        return ZoneId.of(String.valueOf(tz));
      } catch (RuntimeException e) {
        return ZoneId.systemDefault();
      }
    }
    return ZoneId.systemDefault();
  }

  /** Extensions (with dot) that mean Markdown, from {@code markdown_ext}. */
  public List<String> markdownExtensions() {
    List<String> out = new ArrayList<>();
    for (String e : string("markdown_ext", "").split(",")) {
      if (!e.isBlank()) out.add("." + e.strip().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** The settings map of a collection, if configured. */
  public Optional<Map<String, Object>> collection(String label) {
    Object c = map("collections").get(label);
    return c instanceof Map<?, ?> ? Optional.of(ConfigLoader.stringKeys((Map<?, ?>) c)) : Optional.empty();
  }
}

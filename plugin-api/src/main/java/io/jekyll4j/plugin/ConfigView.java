package io.jekyll4j.plugin;

import java.util.List;
import java.util.Map;

/** The site's configuration ({@code site.config} in Jekyll), read-only. */
public interface ConfigView {
  /** The value of a top-level key, or null. Maps, lists, strings, numbers, booleans, as YAML gives. */
  Object get(String key);

  /** The value at {@code key} as a map (empty when unset or not a map). */
  Map<String, Object> map(String key);

  /** The value at {@code key} as a list (a single value becomes a list of one; empty when unset). */
  List<Object> list(String key);

  /** The value at {@code key} as a string, or {@code fallback} when unset. */
  String string(String key, String fallback);

  /** Whether {@code key} is set to {@code true}. */
  boolean bool(String key);

  /** The whole configuration. */
  Map<String, Object> asMap();

  /**
   * The extensions Jekyll's Markdown converter takes ({@code markdown_ext}), lower case with their
   * dot: {@code .markdown}, {@code .md}, ...
   */
  default List<String> markdownExtensions() {
    List<String> out = new java.util.ArrayList<>();
    for (String e : string("markdown_ext", "").split(",")) {
      if (!e.isBlank()) out.add("." + e.strip().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }
}

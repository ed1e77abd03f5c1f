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
}

package io.jekyll4j.convert.kramdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled patterns for regular expressions that kramdown's rules build at run time from a few
 * parts (an emphasis delimiter, a list item's indentation, an HTML tag name, the set of span
 * rules and a stop pattern). Compiling them at each use dominated conversion time, and the same
 * few expressions recur in every document, so they are compiled once. A pure memo of
 * {@link Pattern#compile}: patterns are immutable and thread-safe, and the cache is bounded
 * (cleared when full) so that tag names taken from user content cannot grow it without limit.
 */
final class RegexCache {
  private static final int MAX_ENTRIES = 2048;
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private RegexCache() {}

  /** {@code Pattern.compile(regex, flags)}, compiled once. */
  static Pattern get(String regex, int flags) {
    String key = flags + ":" + regex;
    Pattern p = CACHE.get(key);
    if (p != null) return p;
    p = Pattern.compile(regex, flags);
    if (CACHE.size() >= MAX_ENTRIES) CACHE.clear();
    CACHE.put(key, p);
    return p;
  }

  /** {@link Scanner#re}, compiled once. */
  static Pattern re(String regex) {
    return get(regex, Pattern.MULTILINE | Pattern.UNIX_LINES);
  }
}

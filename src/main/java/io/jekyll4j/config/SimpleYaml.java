package io.jekyll4j.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML nearly every front matter and most configs are written in, read without SnakeYAML's
 * scanner, parser and composer (which cost more than the rest of reading a post, and whose
 * set-up is on the way of a small site's first page): one {@code key: value} per line, each
 * value a quoted string without escapes, a plain scalar, or a flow list of plain words, as in
 * {@code title: "A post"}, {@code tags: [git, java]}, {@code published: true}; a key with no
 * value may be followed by one indented block of such {@code key: value} lines, or of
 * {@code - value} items ({@code kramdown:} and {@code exclude:} in a config); whole-line comments
 * are skipped. Plain scalars are typed by SnakeYAML's own resolver and built as {@link Yaml}'s
 * constructor builds them. Anything else, or any doubt (a {@code #} elsewhere, tabs, escapes,
 * anchors, deeper or uneven indentation, a repeated key, a float, a value starting with an
 * indicator), gives null, and the caller parses with SnakeYAML.
 */
final class SimpleYaml {
  private SimpleYaml() {}

  static final FirstChars RESOLVER = new FirstChars();

  /**
   * SnakeYAML's resolver, which also says whether a scalar's first character may start anything
   * but a string (it picks its patterns by that character): most scalars need no pattern at all.
   */
  static final class FirstChars extends Resolver {
    private final boolean[] typed = new boolean[128];
    private final boolean anyFirst;
    /**
     * Whether a scalar that starts with an ASCII letter can only be a bool or a null, each at most
     * five characters long ({@code false}, {@code FALSE}...): SnakeYAML's YAML 1.1 resolvers, as
     * checked here. A longer one is then a string without trying the patterns (most titles,
     * words and keys start with a letter).
     */
    private final boolean lettersBoolOrNull;

    FirstChars() {
      boolean other = yamlImplicitResolvers.containsKey(null);
      for (Character c : yamlImplicitResolvers.keySet()) {
        if (c == null) continue;
        if (c < 128) typed[c] = true; else other = true;
      }
      anyFirst = other;
      boolean letters = BOOL.pattern().equals(
          "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")
          && NULL.pattern().equals("^(?:~|null|Null|NULL| )$");
      for (Character c : yamlImplicitResolvers.keySet()) {
        if (c == null || !Character.isLetter(c)) continue;
        // the tuples' own class is not public: their printed form names their tags
        for (Object tuple : yamlImplicitResolvers.get(c)) {
          String t = String.valueOf(tuple);
          letters &= t.contains("tag=" + Tag.BOOL + " ") || t.contains("tag=" + Tag.NULL + " ");
        }
      }
      lettersBoolOrNull = letters;
    }

    /** {@link #resolve} for an implicit plain scalar. */
    Tag plain(String value) {
      if (value.isEmpty()) return resolve(NodeId.scalar, value, true);
      char first = value.charAt(0);
      if (!anyFirst && first < 128 && !typed[first]) return Tag.STR;
      if (lettersBoolOrNull && value.length() > 5 && ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
        return Tag.STR;
      }
      return resolve(NodeId.scalar, value, true);
    }

    /** Whether the letter shortcut is on (for tests: it must be, with the SnakeYAML jekyll4j ships). */
    boolean letterShortcut() {
      return lettersBoolOrNull;
    }
  }
  private static final Map<String, Boolean> BOOLEANS = Map.of(
      "yes", true, "no", false, "true", true, "false", false, "on", true, "off", false);
  private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.BOOL, Tag.NULL, Tag.INT, Tag.TIMESTAMP);

  /** Marks a value this reader does not take. */
  private static final Object UNSURE = new Object();

  /** The mapping {@code text} holds, as {@link Yaml#load} gives it; null when unsure. */
  static Map<Object, Object> parse(String text) {
    if (!plainCharacters(text)) return null;
    Map<Object, Object> out = new LinkedHashMap<>();
    // the last top-level key written "key:" alone, which an indented block may give a value
    String open = null;
    // that block: its indentation (-1 before its first line), and what it holds
    int indent = -1;
    Map<Object, Object> block = null;
    List<Object> items = null;
    Lines line = new Lines(text);
    while (line.next()) {
      if (line.hashAfterStart()) return null;
      boolean item = line.startsItem();
      if (line.indent() == 0 && !item) {
        open = null;
        indent = -1;
        block = null;
        items = null;
        if (!entry(text, line.start, line.end, out)) return null;
        if (line.endsWithColon()) open = text.substring(line.start, text.indexOf(':', line.start));
        continue;
      }
      if (open == null) return null;
      if (indent < 0) {
        indent = line.indent();
        if (item) {
          items = new ArrayList<>();
          out.put(open, items);
        } else {
          // (an entry at the left edge started a new key above: a block of entries is indented)
          block = new LinkedHashMap<>();
          out.put(open, block);
        }
      }
      if (line.indent() != indent || item != (items != null)) return null;
      if (item) {
        int v = line.first + 2;
        while (v < line.last && text.charAt(v) == ' ') v++;
        if (v >= line.last) return null;
        Object value = value(text, v, line.last);
        if (value == UNSURE) return null;
        items.add(value);
      } else if (!entry(text, line.first, line.end, block)) {
        // ("key:" alone inside the block is null: deeper lines after it are left to SnakeYAML)
        return null;
      }
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * The mapping or list {@code text} holds, as {@link Yaml#load} gives it; null when unsure. A
   * list is one item per {@code - } line at the left edge: a value as in a mapping, or a small
   * mapping whose first {@code key: value} follows the dash and whose others are indented by two
   * spaces (a data file's {@code - title: Home} / {@code   url: /}).
   */
  static Object parseAny(String text) {
    Map<Object, Object> map = parse(text);
    return map != null ? map : sequence(text);
  }

  private static List<Object> sequence(String text) {
    if (!plainCharacters(text)) return null;
    List<Object> out = new ArrayList<>();
    Map<Object, Object> item = null;
    Lines line = new Lines(text);
    while (line.next()) {
      if (line.hashAfterStart()) return null;
      if (line.indent() == 0) {
        // "- value" or "- key: value"
        if (!line.startsItem() || line.first + 2 >= line.last) return null;
        int v = line.first + 2;
        if (text.charAt(v) == ' ') return null;
        if (startsEntry(text, v, line.last)) {
          item = new LinkedHashMap<>();
          if (!entry(text, v, line.end, item) || line.endsWithColon()) return null;
          out.add(item);
        } else {
          item = null;
          Object value = value(text, v, line.last);
          if (value == UNSURE) return null;
          out.add(value);
        }
      } else {
        // "  key: value", the next entry of the item above
        if (item == null || line.indent() != 2 || !startsEntry(text, line.first, line.last)) return null;
        if (!entry(text, line.first, line.end, item) || line.endsWithColon()) return null;
      }
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * The lines of a text that hold something (blank lines and whole-line comments are skipped),
   * one at a time: where each starts, its first character after the indentation, where it ends
   * with and without trailing spaces.
   */
  private static final class Lines {
    private final String text;
    private int next;
    int start;
    int first;
    int end;
    int last;

    Lines(String text) {
      this.text = text;
    }

    /** Moves to the next line that holds something; false after the last. */
    boolean next() {
      while (next < text.length()) {
        start = next;
        end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        next = end + 1;
        first = start;
        while (first < end && text.charAt(first) == ' ') first++;
        if (first == end || text.charAt(first) == '#') continue;
        last = end;
        while (last > first && text.charAt(last - 1) == ' ') last--;
        return true;
      }
      return false;
    }

    int indent() {
      return first - start;
    }

    /** A {@code #} on the line (a comment after a value, or one inside it): left to SnakeYAML. */
    boolean hashAfterStart() {
      for (int i = first; i < end; i++) if (text.charAt(i) == '#') return true;
      return false;
    }

    /** {@code - } begins the line after its indentation. */
    boolean startsItem() {
      return text.charAt(first) == '-' && first + 1 < end && text.charAt(first + 1) == ' ';
    }

    /** The line ends with a colon ({@code key:} with no value, once read as an entry). */
    boolean endsWithColon() {
      return text.charAt(last - 1) == ':';
    }
  }

  /** Whether {@code text[from, to)} starts with a key and its colon ({@code key:} or {@code key: ...}). */
  private static boolean startsEntry(String text, int from, int to) {
    int k = from;
    if (k >= to || !keyStart(text.charAt(k))) return false;
    while (k < to && keyPart(text.charAt(k))) k++;
    return k < to && text.charAt(k) == ':' && (k + 1 == to || text.charAt(k + 1) == ' ');
  }

  /** Printable characters only, and none that this reader leaves to SnakeYAML wherever they are. */
  private static boolean plainCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\n') return false;
      } else if (c >= 0x7F && c < 0xA0) {
        return false;
      } else if (c == '\\') {
        return false;
      } else if (c >= 0xD800 && c <= 0xDBFF) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) return false;
        i++;
      } else if ((c >= 0xDC00 && c <= 0xDFFF) || c == 0x2028 || c == 0x2029 || c >= 0xFFFE || c == 0xFEFF) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) if (text.charAt(i) != ' ') return false;
    return true;
  }

  /** One {@code key: value} line into {@code out}; false when unsure. */
  private static boolean entry(String text, int from, int to, Map<Object, Object> out) {
    int k = from;
    if (k >= to || !keyStart(text.charAt(k))) return false;
    while (k < to && keyPart(text.charAt(k))) k++;
    if (k >= to || text.charAt(k) != ':') return false;
    String key = text.substring(from, k);
    if (!Tag.STR.equals(RESOLVER.plain(key)) || out.containsKey(key)) return false;
    int v = k + 1;
    if (v < to && text.charAt(v) != ' ') return false;
    while (v < to && text.charAt(v) == ' ') v++;
    int e = to;
    while (e > v && text.charAt(e - 1) == ' ') e--;
    Object value = v == e ? null : value(text, v, e);
    if (value == UNSURE) return false;
    out.put(key, value);
    return true;
  }

  private static boolean keyStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean keyPart(char c) {
    return keyStart(c) || (c >= '0' && c <= '9') || c == '-';
  }

  /** The value in {@code text[from, to)} (no surrounding spaces), or {@link #UNSURE}. */
  private static Object value(String text, int from, int to) {
    char first = text.charAt(from);
    if (first == '"' || first == '\'') {
      int close = text.indexOf(first, from + 1);
      // the closing quote ends the value (a doubled single quote is an escape: left to SnakeYAML)
      if (close != to - 1) return UNSURE;
      return text.substring(from + 1, close);
    }
    if (first == '[') {
      if (text.charAt(to - 1) != ']') return UNSURE;
      return list(text, from + 1, to - 1);
    }
    if (!plainStart(first)) return UNSURE;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // ": " (or a colon at the end) would make the line a nested mapping
      if (c == ':' && (i + 1 == to || text.charAt(i + 1) == ' ')) return UNSURE;
    }
    return scalar(text.substring(from, to));
  }

  /** A flow list of plain words, {@code [a, b c, d]}, or {@link #UNSURE}. */
  private static Object list(String text, int from, int to) {
    List<Object> items = new ArrayList<>();
    if (blank(text, from, to)) return items;
    int start = from;
    while (true) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 || comma > to ? to : comma;
      int a = start;
      int b = end;
      while (a < b && text.charAt(a) == ' ') a++;
      while (b > a && text.charAt(b - 1) == ' ') b--;
      if (a == b || !plainStart(text.charAt(a))) return UNSURE;
      for (int i = a; i < b; i++) {
        char c = text.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '_' || c == '-' || c == '/' || c == '+')) {
          return UNSURE;
        }
      }
      Object item = scalar(text.substring(a, b));
      if (item == UNSURE) return UNSURE;
      items.add(item);
      if (end == to) return items;
      start = end + 1;
    }
  }

  /** A plain scalar may start here without being an indicator or a sign. */
  private static boolean plainStart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '(';
  }

  /** A plain scalar as SnakeYAML's resolver types it and {@link Yaml}'s constructor builds it. */
  private static Object scalar(String s) {
    Tag tag = RESOLVER.plain(s);
    if (!PLAIN_TAGS.contains(tag)) return UNSURE;
    if (tag.equals(Tag.STR)) return s;
    if (tag.equals(Tag.NULL)) return null;
    if (tag.equals(Tag.BOOL)) {
      Boolean b = BOOLEANS.get(s.toLowerCase(java.util.Locale.ROOT));
      return b == null ? UNSURE : b;
    }
    if (tag.equals(Tag.INT)) {
      if (s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) return UNSURE;
      for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return UNSURE;
      return Integer.valueOf(s);
    }
    return Yaml.timestamp(s);
  }
}

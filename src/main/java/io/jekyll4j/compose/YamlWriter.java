package io.jekyll4j.compose;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes a YAML value loaded from {@code _config.yml} (a {@code default_front_matter} entry)
 * back as block YAML lines, in Psych's layout: list items not indented under their key, nested
 * mappings indented by two spaces, empty collections as {@code []} and {@code {}}.
 */
final class YamlWriter {
  private YamlWriter() {}

  /** The lines of {@code key: value}; the first starts with the key. */
  static List<String> entry(String key, Object value, String gap) {
    String head = YamlScalars.psych(key) + ":";
    List<String> lines = new ArrayList<>();
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      lines.add(head);
      map.forEach((k, v) -> entry(String.valueOf(k), v, " ").forEach(l -> lines.add("  " + l)));
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      lines.add(head);
      list.forEach(item -> lines.addAll(item(item)));
    } else if (value == null) {
      lines.add(head);
    } else {
      lines.add(head + gap + scalar(value));
    }
    return lines;
  }

  private static List<String> item(Object value) {
    List<String> lines = new ArrayList<>();
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      map.forEach(
          (k, v) -> {
            List<String> inner = entry(String.valueOf(k), v, " ");
            for (String l : inner) {
              lines.add((lines.isEmpty() ? "- " : "  ") + l);
            }
          });
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      list.forEach(
          v -> {
            for (String l : item(v)) {
              lines.add((lines.isEmpty() ? "- " : "  ") + l);
            }
          });
    } else {
      lines.add(value == null ? "-" : "- " + scalar(value));
    }
    return lines;
  }

  private static String scalar(Object value) {
    if (value instanceof String s) {
      return YamlScalars.psych(s);
    }
    if (value instanceof Map<?, ?>) {
      return "{}";
    }
    if (value instanceof List<?>) {
      return "[]";
    }
    if (value instanceof Date date) {
      SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
      day.setTimeZone(TimeZone.getTimeZone("UTC"));
      String text = day.format(date);
      return text.endsWith(" 00:00:00") ? text.substring(0, 10) : text + ".000000000 +00:00";
    }
    return String.valueOf(value);
  }
}

package io.jekyll4j.liquid.filter;

import java.util.Collection;
import java.util.Map;

/** JSON as Ruby's {@code to_json} writes it. */
final class Json {
  private Json() {}

  static String write(Object v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb);
    return sb.toString();
  }

  static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof RubyRange r) {
      string(r.toString(), sb);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) sb.append(',');
        first = false;
        string(String.valueOf(e.getKey()), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) sb.append(',');
        first = false;
        write(o, sb);
      }
      sb.append(']');
    } else if (v instanceof Number n) {
      sb.append(Ruby.number(n));
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Object[] a) {
      write(java.util.Arrays.asList(a), sb);
    } else if (v instanceof java.time.temporal.TemporalAccessor t) {
      string(Ruby.time(t), sb);
    } else {
      string(String.valueOf(v), sb);
    }
}

  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }
}

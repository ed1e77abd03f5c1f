package io.jekyll4j.liquid.filter;

import io.jekyll4j.liquid.core.RubyRange;
import java.util.Collection;
import java.util.Map;
import io.jekyll4j.liquid.drop.JsonView;

/** JSON as Ruby's {@code to_json} writes it. */
public final class Json {
  private Json() {}

  /** {@code v.to_json}, compact. */
  public static String write(Object v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb, 0, null);
    return sb.toString();
  }

  /** {@code JSON.pretty_generate}: two-space indent, as Jekyll's drops inspect themselves. */
  static String pretty(Object v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb, 0, "");
    return sb.toString();
  }

  /** Writes {@code v} sitting {@code depth} containers deep; {@code indent} null means compact. */
  private static void write(Object v, StringBuilder sb, int depth, String indent) {
    if (v instanceof JsonView view) v = view.jsonFields(depth);
    String inner = indent == null ? null : indent + "  ";
    if (v == null) {
      sb.append("null");
    } else if (v instanceof io.jekyll4j.liquid.drop.LoopDrop l) {
      string(l.rubyToS(), sb);
    } else if (v instanceof RubyRange r) {
      string(r.toString(), sb);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) sb.append(',');
        first = false;
        if (inner != null) sb.append('\n').append(inner);
        string(String.valueOf(e.getKey()), sb);
        sb.append(inner == null ? ":" : ": ");
        write(e.getValue(), sb, depth + 1, inner);
      }
      if (inner != null) sb.append(m.isEmpty() ? "" : "\n" + indent);
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) sb.append(',');
        first = false;
        if (inner != null) sb.append('\n').append(inner);
        write(o, sb, depth + 1, inner);
      }
      // Ruby's pretty_generate writes an empty array as "[" newline newline indent "]"
      if (inner != null) sb.append(c.isEmpty() ? "\n\n" + indent : "\n" + indent);
      sb.append(']');
    } else if (v instanceof Number n) {
      sb.append(Ruby.number(n));
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Object[] a) {
      write(java.util.Arrays.asList(a), sb, depth, indent);
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

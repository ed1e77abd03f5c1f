package io.jekyll4j.liquid;

import io.jekyll4j.url.Slugs;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;

/**
 * Jekyll's own filters (lib/jekyll/filters.rb) that liqp's Jekyll flavour lacks, registered on
 * the parser builder. Each replaces any liqp filter of the same name.
 */
final class JekyllFilters {
  private JekyllFilters() {}

  static void register(TemplateParser.Builder b, LiquidSettings settings) {
    b.withFilter(
        new Filter("jsonify") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            StringBuilder sb = new StringBuilder();
            Json.write(value, sb);
            return sb.toString();
          }
        });
    b.withFilter(
        new Filter("xml_escape") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            if (value == null) return "";
            return asString(value, context)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
          }
        });
    b.withFilter(
        new Filter("markdownify") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            return settings.markdownify().apply(value == null ? "" : asString(value, context));
          }
        });
    b.withFilter(
        new Filter("slugify") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            String mode = params.length > 0 && params[0] != null ? asString(params[0], context) : "default";
            return Slugs.slugify(value == null ? "" : asString(value, context), mode, false);
          }
        });
    b.withFilter(
        new Filter("date_to_xmlschema") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            ZonedDateTime t = time(value, settings);
            return t == null ? value : t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
          }
        });
    b.withFilter(
        new Filter("date_to_string") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            ZonedDateTime t = time(value, settings);
            return t == null ? value : t.format(DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH));
          }
        });
    b.withFilter(
        new Filter("date_to_long_string") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            ZonedDateTime t = time(value, settings);
            return t == null ? value : t.format(DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH));
          }
        });
    b.withFilter(
        new Filter("date_to_rfc822") {
          @Override
          public Object apply(Object value, TemplateContext context, Object... params) {
            ZonedDateTime t = time(value, settings);
            return t == null ? value : t.format(DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH));
          }
        });
  }

  private static ZonedDateTime time(Object value, LiquidSettings settings) {
    if (value instanceof TemporalAccessor ta) {
      return io.jekyll4j.content.Dates.toZoned(ta, settings.zone()).map(z -> z.withZoneSameInstant(settings.zone())).orElse(null);
    }
    if (value == null) return null;
    return io.jekyll4j.content.Dates.parse(String.valueOf(value), settings.zone())
        .map(z -> z.withZoneSameInstant(settings.zone()))
        .orElse(null);
  }

  /** JSON as Ruby's {@code to_json} writes it. */
  static final class Json {
    static void write(Object v, StringBuilder sb) {
      if (v == null) {
        sb.append("null");
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
      } else if (v instanceof Number || v instanceof Boolean) {
        sb.append(v);
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
}

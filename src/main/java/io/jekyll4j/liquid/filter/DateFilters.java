package io.jekyll4j.liquid.filter;

import io.jekyll4j.content.Dates;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import liqp.TemplateParser;

/**
 * Jekyll's {@code date_to_*} filters: the input is read as Liquid reads dates (digits are a Unix
 * time), converted to the site's timezone, and an unreadable date is an error.
 */
public final class DateFilters {
  private DateFilters() {}

  public static void register(TemplateParser.Builder b, ZoneId zone) {
    b.withFilter(new NamedFilter("date_to_xmlschema", (v, c, p) ->
        empty(v) ? v : time(v, zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"))));
    b.withFilter(new NamedFilter("date_to_rfc822", (v, c, p) ->
        empty(v) ? v : time(v, zone).format(DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH))));
    b.withFilter(new NamedFilter("date_to_string", (v, c, p) -> stringify(v, zone, "MMM", p)));
    b.withFilter(new NamedFilter("date_to_long_string", (v, c, p) -> stringify(v, zone, "MMMM", p)));
  }

  private static boolean empty(Object v) {
    return v == null || Ruby.toS(v).isEmpty();
  }

  private static Object stringify(Object v, ZoneId zone, String month, Object[] p) {
    if (empty(v)) return v;
    ZonedDateTime t = time(v, zone);
    Object type = NamedFilter.arg(p, 0);
    Object style = NamedFilter.arg(p, 1);
    if ("ordinal".equals(type)) {
      int day = t.getDayOfMonth();
      String od = day + ordinal(day);
      String m = t.format(DateTimeFormatter.ofPattern(month, Locale.ENGLISH));
      return "US".equals(style) ? m + " " + od + ", " + t.getYear() : od + " " + m + " " + t.getYear();
    }
    return t.format(DateTimeFormatter.ofPattern("dd " + month + " yyyy", Locale.ENGLISH));
  }

  private static String ordinal(int day) {
    if (day % 100 >= 11 && day % 100 <= 13) return "th";
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** Liquid's {@code to_date}, then the site's local time; an unreadable date raises. */
  static ZonedDateTime time(Object v, ZoneId zone) {
    ZonedDateTime t = null;
    if (v instanceof TemporalAccessor ta) {
      t = Dates.toZoned(ta, zone).orElse(null);
    } else if (v instanceof Number n) {
      t = java.time.Instant.ofEpochSecond(n.longValue()).atZone(zone);
    } else if (v != null) {
      String s = Ruby.toS(v).strip();
      if (s.matches("\\d+")) t = java.time.Instant.ofEpochSecond(Long.parseLong(s)).atZone(zone);
      else if (s.equals("now") || s.equals("today")) t = ZonedDateTime.now(zone);
      else t = Dates.parse(s, zone).orElse(null);
    }
    if (t == null) {
      throw new IllegalArgumentException("Invalid Date: '" + Ruby.inspect(v) + "' is not a valid datetime.");
    }
    return t.withZoneSameInstant(zone);
  }
}

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
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
  private static final DateTimeFormatter XMLSCHEMA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);

  private DateFilters() {}

  public static void register(TemplateParser.Builder b, ZoneId zone) {
    b.withFilter(new NamedFilter("date", (v, c, p) -> {
      Object format = NamedFilter.arg(p, 0);
      if (format == null || Ruby.toS(format).isEmpty()) return v;
      ZonedDateTime t = toDate(v, zone);
      return t == null ? v : Strftime.format(t, Ruby.toS(format));
    }));
    b.withFilter(new NamedFilter("date_to_xmlschema", (v, c, p) ->
        empty(v) ? v : time(v, zone).format(XMLSCHEMA)));
    b.withFilter(new NamedFilter("date_to_rfc822", (v, c, p) ->
        empty(v) ? v : time(v, zone).format(RFC822)));
    b.withFilter(new NamedFilter("date_to_string", (v, c, p) -> stringify(v, zone, SHORT_MONTH, SHORT_DATE, p)));
    b.withFilter(new NamedFilter("date_to_long_string", (v, c, p) -> stringify(v, zone, LONG_MONTH, LONG_DATE, p)));
  }

  private static boolean empty(Object v) {
    // a time prints as a non-empty text: no need to print it to know
    if (v instanceof java.time.temporal.TemporalAccessor) return false;
    return v == null || Ruby.toS(v).isEmpty();
  }

  private static Object stringify(Object v, ZoneId zone, DateTimeFormatter month, DateTimeFormatter date, Object[] p) {
    if (empty(v)) return v;
    ZonedDateTime t = time(v, zone);
    Object type = NamedFilter.arg(p, 0);
    Object style = NamedFilter.arg(p, 1);
    if ("ordinal".equals(type)) {
      int day = t.getDayOfMonth();
      String od = day + ordinal(day);
      String m = t.format(month);
      return "US".equals(style) ? m + " " + od + ", " + t.getYear() : od + " " + m + " " + t.getYear();
    }
    return t.format(date);
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

  /**
   * Liquid's {@code Utils.to_date}: times as they are, digits as a Unix time, text parsed in the
   * site's zone unless it names its own offset; null when it is no date.
   */
  static ZonedDateTime toDate(Object v, ZoneId zone) {
    if (v instanceof java.time.LocalDate d) return d.atStartOfDay(java.time.ZoneOffset.UTC);
    if (v instanceof TemporalAccessor ta) return Dates.toZoned(ta, zone).orElse(null);
    if (v instanceof Long || v instanceof Integer || v instanceof java.math.BigInteger) {
      return java.time.Instant.ofEpochSecond(((Number) v).longValue()).atZone(zone);
    }
    if (v == null || v instanceof Number) return null;
    String s = Ruby.toS(v).strip();
    if (s.isEmpty()) return null;
    if (DIGITS.matcher(s).matches()) return java.time.Instant.ofEpochSecond(Long.parseLong(s)).atZone(zone);
    if (s.equalsIgnoreCase("now") || s.equalsIgnoreCase("today")) return ZonedDateTime.now(zone);
    // Liquid downcases the text before Time.parse reads it
    return RubyTimeParse.parse(s.toLowerCase(Locale.ROOT), zone, ZonedDateTime.now(zone))
        .or(() -> Dates.parse(s, zone))
        .orElse(null);
  }

  /** Liquid's {@code to_date}, then the site's local time; an unreadable date raises. */
  static ZonedDateTime time(Object v, ZoneId zone) {
    ZonedDateTime t = v instanceof java.time.LocalDate d ? d.atStartOfDay(zone) : toDate(v, zone);
    if (t == null) {
      throw new IllegalArgumentException("Invalid Date: '" + Ruby.inspect(v) + "' is not a valid datetime.");
    }
    return t.withZoneSameInstant(zone);
  }
}

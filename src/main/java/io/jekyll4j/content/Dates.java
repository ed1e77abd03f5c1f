package io.jekyll4j.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date values Jekyll meets (YAML timestamps, strings in front matter, post file names)
 * into zoned times, interpreting zone-less values in the site's timezone as Ruby's {@code
 * Time.parse} does under Jekyll's {@code TZ}.
 */
public final class Dates {
  private Dates() {}

  private static final Pattern LOOSE =
      Pattern.compile(
          "\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?"
              + "\\s*(Z|UTC|GMT|[-+]\\d{2}:?\\d{2})?\\s*");

  /** A value from front matter or config as a zoned time, if it is one. */
  public static Optional<ZonedDateTime> toZoned(Object value, ZoneId zone) {
    if (value instanceof ZonedDateTime z) return Optional.of(z);
    if (value instanceof OffsetDateTime o) return Optional.of(o.toZonedDateTime());
    if (value instanceof LocalDateTime l) return Optional.of(l.atZone(zone));
    if (value instanceof LocalDate d) return Optional.of(d.atStartOfDay(zone));
    if (value instanceof Date d) return Optional.of(d.toInstant().atZone(zone));
    if (value instanceof Instant i) return Optional.of(i.atZone(zone));
    if (value instanceof CharSequence s) return parse(s.toString(), zone);
    return Optional.empty();
  }

  /**
   * A front-matter or config date as Jekyll's {@code Utils.parse_date} gives it: in the site's
   * zone ({@code Time#localtime}). A YAML timestamp without a zone ({@link LocalDateTime}) is UTC,
   * as Psych reads it; a text without a zone is local time, as {@code Time.parse} reads it.
   */
  public static Optional<ZonedDateTime> jekyllDate(Object value, ZoneId zone) {
    if (value instanceof LocalDateTime l) return Optional.of(l.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(zone));
    return toZoned(value, zone).map(z -> z.withZoneSameInstant(zone));
  }

  /** Parses {@code YYYY-MM-DD[ HH:MM[:SS]][ ±HHMM]} and ISO 8601 text. */
  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    Matcher m = LOOSE.matcher(text);
    if (m.matches()) {
      try {
        LocalDateTime ldt =
            LocalDateTime.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9)));
        String z = m.group(8);
        if (z == null) return Optional.of(ldt.atZone(zone));
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
          return Optional.of(ldt.atZone(java.time.ZoneOffset.UTC));
        }
        String digits = z.replace(":", "");
        return Optional.of(ldt.atOffset(java.time.ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3))).toZonedDateTime());
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.ISO_DATE_TIME));
    } catch (DateTimeParseException e) {
      // fall through to the other forms Ruby's Time.parse reads
    }
    try {
      return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      // fall through
    }
    for (String pattern : List.of("MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy")) {
      try {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, java.util.Locale.ENGLISH);
        return Optional.of(LocalDate.parse(text.strip(), f).atStartOfDay(zone));
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return Optional.empty();
  }
}

package io.jekyll4j.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;

/**
 * Turns the date values Jekyll meets (YAML timestamps, strings in front matter, post file names)
 * into zoned times, interpreting zone-less values in the site's timezone as Ruby's {@code
 * Time.parse} does under Jekyll's {@code TZ}.
 */
public final class Dates {
  private Dates() {}

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

  /**
   * Parses a date text as Ruby's {@code Time.parse} does (see {@link RubyTime}): what Jekyll's
   * {@code Utils.parse_date} and Liquid's {@code date} filter accept is a date here too.
   */
  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    return RubyTime.parse(text, zone);
  }
}

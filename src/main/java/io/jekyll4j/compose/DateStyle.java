package io.jekyll4j.compose;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a site writes the {@code date} of its posts (with or without a time, seconds, a zone, a
 * {@code T}), learned from the dates already written, so a new date looks like the others.
 *
 * @param pattern a {@link DateTimeFormatter} pattern
 * @param utc whether dates are written in UTC (a {@code Z} zone)
 */
record DateStyle(String pattern, boolean utc) {
  /** jekyll-compose's {@code %Y-%m-%d %H:%M %z}. */
  static final DateStyle COMPOSE = new DateStyle("yyyy-MM-dd HH:mm xx", false);

  private static final Pattern SHAPE =
      Pattern.compile(
          "^\\d{4}-\\d{2}-\\d{2}(?:(T|\\s+)\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?"
              + "(?:(\\s*)(Z|[+-]\\d{2}(:?)\\d{2}))?$");
  private static final Map<Character, String> STRFTIME = strftimeTable();

  /** The style of one written date, if it looks like a date. */
  static Optional<DateStyle> of(String written) {
    Matcher m = SHAPE.matcher(written.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    StringBuilder p = new StringBuilder("yyyy-MM-dd");
    if (m.group(1) != null) {
      p.append(m.group(1).equals("T") ? "'T'" : m.group(1)).append("HH:mm");
      if (m.group(2) != null) {
        p.append(":ss");
      }
      if (m.group(3) != null) {
        p.append('.').append("S".repeat(m.group(3).length() - 1));
      }
    }
    boolean utc = false;
    if (m.group(5) != null) {
      p.append(m.group(4));
      utc = m.group(5).equals("Z");
      p.append(utc ? "'Z'" : m.group(6).isEmpty() ? "xx" : "xxx");
    }
    return Optional.of(new DateStyle(p.toString(), utc));
  }

  /** The style most of {@code written} use, else jekyll-compose's. */
  static DateStyle learn(List<String> written) {
    Map<DateStyle, Integer> counts = new LinkedHashMap<>();
    written.forEach(w -> of(w).ifPresent(s -> counts.merge(s, 1, Integer::sum)));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(COMPOSE);
  }

  /**
   * A style from a Ruby {@code strftime} format, as jekyll-compose's {@code --timestamp-format}
   * takes it.
   */
  static DateStyle strftime(String format) {
    StringBuilder p = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 == format.length()) {
        literal.append(c);
        continue;
      }
      char d = format.charAt(++i);
      if (d == ':' && i + 1 < format.length() && format.charAt(i + 1) == 'z') {
        i++;
        flush(p, literal).append("xxx");
      } else if (d == '%') {
        literal.append('%');
      } else if (STRFTIME.containsKey(d)) {
        flush(p, literal).append(STRFTIME.get(d));
      } else {
        throw new ComposeException("Unsupported directive %" + d + " in timestamp format.");
      }
    }
    flush(p, literal);
    return new DateStyle(p.toString(), false);
  }

  private static StringBuilder flush(StringBuilder pattern, StringBuilder literal) {
    if (!literal.isEmpty()) {
      pattern.append('\'').append(literal.toString().replace("'", "''")).append('\'');
      literal.setLength(0);
    }
    return pattern;
  }

  String format(ZonedDateTime time) {
    ZonedDateTime zoned = utc ? time.withZoneSameInstant(ZoneOffset.UTC) : time;
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(zoned);
  }

  private static Map<Character, String> strftimeTable() {
    Map<Character, String> t = new LinkedHashMap<>();
    t.put('Y', "yyyy");
    t.put('y', "yy");
    t.put('m', "MM");
    t.put('d', "dd");
    t.put('e', "ppd");
    t.put('j', "DDD");
    t.put('H', "HH");
    t.put('I', "hh");
    t.put('M', "mm");
    t.put('S', "ss");
    t.put('L', "SSS");
    t.put('N', "SSSSSSSSS");
    t.put('p', "a");
    t.put('z', "xx");
    t.put('Z', "zzz");
    t.put('b', "MMM");
    t.put('B', "MMMM");
    t.put('a', "EEE");
    t.put('A', "EEEE");
    return Map.copyOf(t);
  }
}

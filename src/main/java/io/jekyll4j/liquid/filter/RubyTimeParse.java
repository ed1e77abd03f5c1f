package io.jekyll4j.liquid.filter;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby's {@code Time.parse} (its {@code Date._parse} heuristics, from Ruby 3.1's {@code
 * date_parse.c}) for the forms pages write: a day name, a time ({@code 10:30}, {@code 10:30pm},
 * with a zone), then the first date form that matches: day-month-year with a month name ({@code 5
 * March 2024}, {@code 5th Mar 2024}), month-day-year ({@code March 5, 2024}, {@code March
 * 2024}), ISO ({@code 2024-3-5}), slashes, dots, a lone {@code 'yy} year, month name or {@code
 * 5th}, or a run of digits ({@code 20240305T101112}). Parts a text leaves out are taken from the
 * current time above the first part given and are the least value below it. Week dates, the
 * Japanese era and VMS forms are not read.
 */
final class RubyTimeParse {
  private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern JUNK = Pattern.compile("[^-+',./:@\\p{IsAlphabetic}\\p{IsDigit}\\[\\]]+");
  private static final Pattern DAY = Pattern.compile("\\b(sun|mon|tue|wed|thu|fri|sat)[^-/\\d\\s]*", CI);
  private static final Pattern TIME = Pattern.compile(
      "((?:\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)"
          + "(?:\\s*[ap](?:m\\b|\\.m\\.))?|\\d+\\s*[ap](?:m\\b|\\.m\\.))"
          + "(?:\\s*((?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?"
          + "|[\\p{IsAlphabetic}.\\s]+(?:standard|daylight)\\stime\\b|\\p{IsAlphabetic}+(?:\\sdst)?\\b))?", CI);
  private static final Pattern TIME_PARTS = Pattern.compile(
      "\\A(\\d+)h?(?:\\s*:?\\s*(\\d+)m?(?:\\s*:?\\s*(\\d+)(?:[,.](\\d+))?s?)?)?(?:\\s*([ap])(?:m\\b|\\.m\\.))?", CI);
  private static final String BC = "(c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))?";
  private static final Pattern EU = Pattern.compile("('?\\d+)[^-\\d\\s']*\\s*(" + MONTHS + ")[^-\\d\\s']*"
      + "(?:\\s*(?:\\s*,?\\s*)" + BC + "\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?", CI);
  private static final Pattern US = Pattern.compile("\\b(" + MONTHS + ")[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*"
      + "(?:\\s*,?\\s*" + BC + "\\s*('?-?\\d+))?", CI);
  private static final Pattern ISO = Pattern.compile("('?[-+]?\\d+)-(\\d+)-('?-?\\d+)");
  private static final Pattern SLA = Pattern.compile("('?-?\\d+)/\\s*('?\\d+)(?:\\D\\s*('?-?\\d+))?");
  private static final Pattern DOT = Pattern.compile("('?-?\\d+)\\.\\s*('?\\d+)\\.\\s*('?-?\\d+)");
  private static final Pattern YEAR = Pattern.compile("'(\\d+)\\b");
  private static final Pattern MON = Pattern.compile("\\b(" + MONTHS + ")\\S*", CI);
  private static final Pattern MDAY = Pattern.compile("(\\d+)(st|nd|rd|th)\\b", CI);
  private static final Pattern DDD = Pattern.compile(
      "([-+]?)(\\d{2,14})(?:\\s*t?\\s*(\\d{2,6})?(?:[,.](\\d*))?)?(?:\\s*(z\\b|[-+]\\d{1,4}\\b|\\[[-+]?\\d[^\\]]*\\]))?", CI);
  private static final Map<String, Integer> ZONES = new HashMap<>();

  static {
    ZONES.putAll(Map.of("utc", 0, "z", 0, "ut", 0, "gmt", 0, "est", -5, "edt", -4, "cst", -6, "cdt", -5, "mst", -7, "mdt", -6));
    ZONES.putAll(Map.of("pst", -8, "pdt", -7));
    String letters = "abcdefghiklm";
    for (int i = 0; i < letters.length(); i++) ZONES.put(String.valueOf(letters.charAt(i)), i + 1);
    String west = "nopqrstuvwxy";
    for (int i = 0; i < west.length(); i++) ZONES.put(String.valueOf(west.charAt(i)), -(i + 1));
  }

  private RubyTimeParse() {}

  /** The fields {@code Date._parse} finds. */
  private static final class Parts {
    Integer year;
    Integer mon;
    Integer mday;
    Integer hour;
    Integer min;
    Integer sec;
    long nanos;
    String zone;
    boolean twoDigitYear;
  }

  /** {@code Time.parse(text)} in {@code zone} (the local zone of a text without one), or empty. */
  static Optional<ZonedDateTime> parse(String text, ZoneId zone, ZonedDateTime now) {
    try {
      Parts p = parts(text);
      if (p == null) return Optional.empty();
      return Optional.ofNullable(time(p, zone, now));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Parts parts(String text) {
    StringBuilder s = new StringBuilder(JUNK.matcher(text).replaceAll(" "));
    Parts p = new Parts();
    boolean found = false;
    Matcher m = DAY.matcher(s);
    if (m.find()) blank(s, m);
    m = TIME.matcher(s);
    if (m.find()) {
      time(p, m.group(1));
      if (m.group(2) != null) p.zone = m.group(2).strip();
      blank(s, m);
      found = true;
    }
    if ((m = EU.matcher(s)).find()) {
      date(p, m.group(4), String.valueOf(month(m.group(2))), m.group(1), m.group(3));
      blank(s, m);
    } else if ((m = US.matcher(s)).find()) {
      date(p, m.group(4), String.valueOf(month(m.group(1))), m.group(2), m.group(3));
      blank(s, m);
    } else if ((m = ISO.matcher(s)).find()) {
      date(p, m.group(1), m.group(2), m.group(3), null);
      blank(s, m);
    } else if ((m = SLA.matcher(s)).find()) {
      date(p, m.group(1), m.group(2), m.group(3), null);
      blank(s, m);
    } else if ((m = DOT.matcher(s)).find()) {
      date(p, m.group(1), m.group(2), m.group(3), null);
      blank(s, m);
    } else if ((m = YEAR.matcher(s)).find()) {
      p.year = Integer.parseInt(m.group(1));
      p.twoDigitYear = true;
    } else if ((m = MON.matcher(s)).find()) {
      p.mon = month(m.group(1));
    } else if ((m = MDAY.matcher(s)).find()) {
      p.mday = Integer.parseInt(m.group(1));
    } else if ((m = DDD.matcher(s)).find()) {
      digits(p, m);
    } else if (!found) {
      return null;
    }
    if (p.twoDigitYear && p.year != null && p.year >= 0 && p.year < 100) p.year += p.year >= 69 ? 1900 : 2000;
    return p;
  }

  private static void blank(StringBuilder s, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) s.setCharAt(i, ' ');
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) / 4 + 1;
  }

  private static void time(Parts p, String text) {
    Matcher t = TIME_PARTS.matcher(text);
    if (!t.find()) return;
    int hour = Integer.parseInt(t.group(1));
    if (t.group(5) != null) hour = hour % 12 + (t.group(5).equalsIgnoreCase("p") ? 12 : 0);
    p.hour = hour;
    if (t.group(2) != null) p.min = Integer.parseInt(t.group(2));
    if (t.group(3) != null) p.sec = Integer.parseInt(t.group(3));
    if (t.group(4) != null) p.nanos = Long.parseLong((t.group(4) + "000000000").substring(0, 9));
  }

  /** Ruby's {@code s3e}: which of three numbers is the year, month and day. */
  private static void date(Parts p, String y, String m, String d, String bc) {
    if (y != null && m != null && d == null) {
      // (y, m, nil) is read as (nil, y, m): a month and a day
      d = m;
      m = y;
      y = null;
    }
    if (y == null) {
      if (d != null && d.length() > 2) {
        y = d;
        d = null;
      } else if (d != null && d.startsWith("'")) {
        y = d;
        d = null;
      }
    }
    if (y != null) {
      String digits = y.replaceFirst("^[^-+\\d]*", "");
      String rest = digits.replaceFirst("^[-+]?\\d*", "");
      if (!rest.isEmpty()) {
        y = d;
        d = digits;
      }
    }
    if (m != null && (m.startsWith("'") || m.length() > 2)) {
      String oy = y;
      y = m;
      m = d;
      d = oy;
    }
    if (d != null && (d.startsWith("'") || d.length() > 2)) {
      String oy = y;
      y = d;
      d = oy;
    }
    if (y != null) {
      String s = y.replaceFirst("^[^-+\\d]*", "");
      Matcher n = Pattern.compile("^([-+]?)(\\d+)").matcher(s);
      if (n.find()) {
        p.year = Integer.parseInt(n.group(1) + n.group(2));
        p.twoDigitYear = n.group(1).isEmpty() && n.group(2).length() <= 2;
        if (bc != null && bc.toLowerCase(java.util.Locale.ROOT).startsWith("b")) p.year = -p.year + 1;
      }
    }
    if (m != null) p.mon = leadingInt(m);
    if (d != null) p.mday = leadingInt(d);
  }

  private static Integer leadingInt(String s) {
    Matcher n = Pattern.compile("(\\d+)").matcher(s);
    return n.find() ? Integer.valueOf(n.group(1)) : null;
  }

  /** Ruby's {@code parse_ddd}: a run of digits as [yy]yymmdd[hh[mm[ss]]], then a time. */
  private static void digits(Parts p, Matcher m) {
    String s = m.group(2);
    switch (s.length()) {
      case 2 -> p.mday = Integer.parseInt(s);
      case 4 -> {
        p.mon = Integer.parseInt(s.substring(0, 2));
        p.mday = Integer.parseInt(s.substring(2));
      }
      case 6 -> {
        p.year = Integer.parseInt(m.group(1) + s.substring(0, 2));
        p.twoDigitYear = m.group(1).isEmpty();
        p.mon = Integer.parseInt(s.substring(2, 4));
        p.mday = Integer.parseInt(s.substring(4));
      }
      case 8, 10, 12, 14 -> {
        p.year = Integer.parseInt(m.group(1) + s.substring(0, 4));
        p.mon = Integer.parseInt(s.substring(4, 6));
        p.mday = Integer.parseInt(s.substring(6, 8));
        if (s.length() >= 10) p.hour = Integer.parseInt(s.substring(8, 10));
        if (s.length() >= 12) p.min = Integer.parseInt(s.substring(10, 12));
        if (s.length() >= 14) p.sec = Integer.parseInt(s.substring(12, 14));
      }
      default -> throw new IllegalArgumentException("no date");
    }
    String t = m.group(3);
    if (t != null) {
      p.hour = Integer.parseInt(t.substring(0, 2));
      if (t.length() >= 4) p.min = Integer.parseInt(t.substring(2, 4));
      if (t.length() >= 6) p.sec = Integer.parseInt(t.substring(4, 6));
    }
    if (m.group(5) != null) p.zone = m.group(5);
  }

  /** Ruby's {@code Time.zone_offset}: {@code ±hh:mm}, {@code ±hhmm}, {@code ±hh} and known names, else null. */
  private static ZoneOffset offset(String zone, ZoneId local) {
    String z = zone.toUpperCase(java.util.Locale.ROOT);
    Matcher n = Pattern.compile("\\A([+-])(\\d\\d)(:?)(\\d\\d)(?:\\3(\\d\\d))?\\z").matcher(z);
    if (n.find()) {
      int sign = n.group(1).equals("-") ? -1 : 1;
      int secs = (Integer.parseInt(n.group(2)) * 60 + Integer.parseInt(n.group(4))) * 60
          + (n.group(5) == null ? 0 : Integer.parseInt(n.group(5)));
      return ZoneOffset.ofTotalSeconds(sign * secs);
    }
    if (z.matches("[+-]\\d\\d")) return ZoneOffset.ofHours(Integer.parseInt(z));
    Integer hours = ZONES.get(z.toLowerCase(java.util.Locale.ROOT));
    if (hours != null) return ZoneOffset.ofHours(hours);
    // the local zone's own abbreviation (UTC under TZ=UTC)
    String abbreviation = java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ENGLISH)
        .format(ZonedDateTime.now(local)).toUpperCase(java.util.Locale.ROOT);
    return abbreviation.equals(z) ? ZonedDateTime.now(local).getOffset() : null;
  }

  private static ZonedDateTime time(Parts p, ZoneId zone, ZonedDateTime now) {
    if (p.year == null && p.mon == null && p.mday == null && p.hour == null && p.min == null && p.sec == null) {
      return null;
    }
    ZoneOffset off = p.zone == null ? null : offset(p.zone, zone);
    ZonedDateTime base = off == null ? now.withZoneSameInstant(zone) : now.withZoneSameInstant(off);
    Integer year = p.year;
    Integer mon = p.mon;
    Integer mday = p.mday;
    Integer hour = p.hour;
    Integer min = p.min;
    Integer sec = p.sec;
    // from the top down, parts missing before the first given one are now's
    if (year == null) {
      year = base.getYear();
      if (mon == null) {
        mon = base.getMonthValue();
        if (mday == null) {
          mday = base.getDayOfMonth();
          if (hour == null) {
            hour = base.getHour();
            if (min == null) {
              min = base.getMinute();
              if (sec == null) sec = base.getSecond();
            }
          }
        }
      }
    }
    int mo = mon == null ? 1 : mon;
    int d = mday == null ? 1 : mday;
    int h = hour == null ? 0 : hour;
    int mi = min == null ? 0 : min;
    int se = sec == null ? 0 : sec;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || se > 60) return null;
    LocalDateTime ldt = LocalDateTime.of(year, mo, 1, 0, 0).plusDays(d - 1L).plusHours(h).plusMinutes(mi).plusSeconds(se)
        .plusNanos(p.nanos);
    return off == null ? ldt.atZone(zone) : ldt.atOffset(off).toZonedDateTime();
  }
}

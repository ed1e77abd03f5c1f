package io.jekyll4j.content;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby's {@code Time.parse} (time.rb over {@code Date._parse} of date_parse.c): the heuristic
 * parser that decides which front-matter {@code date:} texts are dates in Jekyll ({@code
 * Utils.parse_date}) and which strings Liquid's {@code date} filter reads. The sub-parsers run in
 * date_parse.c's order (day name, time and zone, then the first of eu, us, iso, jis, vms, sla,
 * dot, iso2, year, mon, mday, ddd, then bc and frag); each consumed match is replaced by a space.
 * Missing leading fields come from {@code now}; a text without a zone Time.parse knows is local
 * time in {@code zone}.
 */
public final class RubyTime {
  private RubyTime() {}

  private static final int I = Pattern.CASE_INSENSITIVE;
  private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
  private static final String BC = "c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.)";

  /**
   * The patterns of the full parse ({@link #fullParse}) and of a zone name: compiled when one is
   * first needed, not for the common form nearly every front-matter date has (5 ms at start-up).
   */
  private static final class P {
    private static final Pattern JUNK = Pattern.compile("[^-+',./:@\\p{Alnum}\\[\\]]+");
    private static final Pattern DAY = Pattern.compile("\\b(sun|mon|tue|wed|thu|fri|sat)[^-/\\d\\s]*", I);
    private static final Pattern TIME =
        Pattern.compile(
            "((?:\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)"
                + "(?:\\s*[ap](?:m\\b|\\.m\\.))?|\\d+\\s*[ap](?:m\\b|\\.m\\.))"
                + "(?:\\s*((?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?"
                + "|(?-i:[\\p{Alpha}.\\s]+)(?:standard|daylight)\\stime\\b"
                + "|(?-i:[\\p{Alpha}]+)(?:\\sdst)?\\b))?",
            I);
    private static final Pattern TIME_PARTS =
        Pattern.compile(
            "\\A(\\d+)h?(?:\\s*:?\\s*(\\d+)m?(?:\\s*:?\\s*(\\d+)(?:[,.](\\d+))?s?)?)?(?:\\s*([ap])(?:m\\b|\\.m\\.))?",
            I);
    private static final Pattern EU =
        Pattern.compile(
            "'?\\b(\\d+)[^-\\d\\s']*\\s*(" + MONTHS + ")[^-\\d\\s']*(?:\\s*(?:\\s*,\\s*)?(" + BC
                + ")?\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?",
            I);
    private static final Pattern US =
        Pattern.compile(
            "\\b(" + MONTHS + ")[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*(?:\\s*,?\\s*(" + BC + ")?\\s*('?-?\\d+))?", I);
    private static final Pattern ISO = Pattern.compile("('?[-+]?\\d+)-(\\d+)-('?-?\\d+)");
    private static final Pattern JIS = Pattern.compile("\\b([mtshr])(\\d+)\\.(\\d+)\\.(\\d+)", I);
    private static final Pattern VMS11 = Pattern.compile("('?-?\\d+)-(" + MONTHS + ")[^-/.]*-('?-?\\d+)", I);
    private static final Pattern VMS12 = Pattern.compile("\\b(" + MONTHS + ")[^-/.]*-('?-?\\d+)(?:-('?-?\\d+))?", I);
    private static final Pattern SLA = Pattern.compile("('?-?\\d+)/\\s*('?\\d+)(?:\\D\\s*('?-?\\d+))?");
    private static final Pattern DOT = Pattern.compile("('?-?\\d+)\\.\\s*('?\\d+)\\.\\s*('?-?\\d+)");
    private static final Pattern ISO21 = Pattern.compile("\\b(\\d{2}|\\d{4})?-?w(\\d{2})(?:-?(\\d))?\\b", I);
    private static final Pattern ISO22 = Pattern.compile("-w-(\\d)\\b", I);
    private static final Pattern ISO23 = Pattern.compile("--(\\d{2})?-(\\d{2})\\b");
    private static final Pattern ISO24 = Pattern.compile("--(\\d{2})(\\d{2})?\\b");
    private static final Pattern ISO25_GUARD = Pattern.compile("[,.](\\d{2}|\\d{4})-\\d{3}\\b");
    private static final Pattern ISO25 = Pattern.compile("\\b(\\d{2}|\\d{4})-(\\d{3})\\b");
    private static final Pattern ISO26_GUARD = Pattern.compile("\\d-\\d{3}\\b");
    private static final Pattern ISO26 = Pattern.compile("\\b-(\\d{3})\\b");
    private static final Pattern YEAR = Pattern.compile("'(\\d+)\\b");
    private static final Pattern MON = Pattern.compile("\\b(" + MONTHS + ")\\S*", I);
    private static final Pattern MDAY = Pattern.compile("(\\d+)(st|nd|rd|th)\\b", I);
    private static final Pattern DDD =
        Pattern.compile(
            "([-+]?)(\\d{2,14})(?:\\s*t?\\s*(\\d{2,6})?(?:[,.](\\d*))?)?(?:\\s*(z\\b|[-+]\\d{1,4}\\b|\\[[-+]?\\d[^\\]]*\\]))?",
            I);
    private static final Pattern BCP = Pattern.compile("\\b(bc\\b|bce\\b|b\\.c\\.|b\\.c\\.e\\.)", I);
    private static final Pattern FRAG = Pattern.compile("\\A\\s*(\\d{1,2})\\s*\\z");
    private static final Pattern ZONE_OFFSET = Pattern.compile("\\A([+-])(\\d\\d)(:?)(\\d\\d)(?:\\3(\\d\\d))?\\z");
  }


  private static final Map<String, Integer> ZONES =
      Map.ofEntries(
          Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("UT", 0), Map.entry("GMT", 0),
          Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
          Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
          Map.entry("A", 1), Map.entry("B", 2), Map.entry("C", 3), Map.entry("D", 4), Map.entry("E", 5),
          Map.entry("F", 6), Map.entry("G", 7), Map.entry("H", 8), Map.entry("I", 9), Map.entry("K", 10),
          Map.entry("L", 11), Map.entry("M", 12), Map.entry("N", -1), Map.entry("O", -2), Map.entry("P", -3),
          Map.entry("Q", -4), Map.entry("R", -5), Map.entry("S", -6), Map.entry("T", -7), Map.entry("U", -8),
          Map.entry("V", -9), Map.entry("W", -10), Map.entry("X", -11), Map.entry("Y", -12));

  /** The fields {@code Date._parse} found. */
  static final class Fields {
    Integer year, mon, mday, yday, hour, min, sec, cwyear, cweek, cwday;
    Long nanos;
    String zone;
    boolean bc;
    Boolean comp;
  }

  /** {@code Time.parse(text)} in {@code zone}, with {@code now} for missing leading fields. */
  public static Optional<ZonedDateTime> parse(String text, ZoneId zone, ZonedDateTime now) {
    if (text == null) return Optional.empty();
    Fields f = dateParse(text);
    try {
      return Optional.of(makeTime(f, zone, now));
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** {@code Time.parse(text)} with the current time as {@code now} (read only if a field is missing). */
  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    return parse(text, zone, null);
  }

  static Fields dateParse(String input) {
    Fields common = commonForm(input);
    return common != null ? common : fullParse(input);
  }

  /**
   * What {@link #fullParse} finds in the form nearly every front-matter date has, {@code
   * YYYY-MM-DD HH:MM:SS}, optionally with an offset {@code +HHMM} or {@code +HH:MM} after one
   * space, fields in range; null for any other text. (A site reads thousands of these.)
   */
  static Fields commonForm(String s) {
    int n = s.length();
    if (n != 19 && n != 25 && n != 26) return null;
    if (!digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-' || !digits(s, 8, 10)
        || s.charAt(10) != ' ' || !digits(s, 11, 13) || s.charAt(13) != ':' || !digits(s, 14, 16)
        || s.charAt(16) != ':' || !digits(s, 17, 19)) {
      return null;
    }
    if (n > 19) {
      char sign = s.charAt(20);
      if (s.charAt(19) != ' ' || (sign != '+' && sign != '-') || !digits(s, 21, 23)) return null;
      if (n == 25 ? !digits(s, 23, 25) : s.charAt(23) != ':' || !digits(s, 24, 26)) return null;
    }
    Fields h = new Fields();
    h.year = i(s, 0, 4);
    h.mon = i(s, 5, 7);
    h.mday = i(s, 8, 10);
    h.hour = i(s, 11, 13);
    h.min = i(s, 14, 16);
    h.sec = i(s, 17, 19);
    if (h.mon < 1 || h.mon > 12 || h.mday < 1 || h.mday > 31 || h.hour > 23 || h.min > 59 || h.sec > 59) return null;
    if (n > 19) h.zone = s.substring(20);
    h.comp = false;
    return h;
  }

  private static boolean digits(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  /** date_parse.c's {@code date__parse}, every rule in its order. */
  static Fields fullParse(String input) {
    Fields h = new Fields();
    StringBuilder s = new StringBuilder(P.JUNK.matcher(input).replaceAll(" "));
    parseDay(s, h);
    parseTime(s, h);
    boolean unused =
        parseEu(s, h) || parseUs(s, h) || parseIso(s, h) || parseJis(s, h) || parseVms(s, h)
            || parseSla(s, h) || parseDot(s, h) || parseIso2(s, h) || parseYear(s, h) || parseMon(s, h)
            || parseMday(s, h) || parseDdd(s, h);
    parseBc(s, h);
    parseFrag(s, h);
    if (h.bc && h.year != null) h.year = -h.year + 1;
    if (!Boolean.FALSE.equals(h.comp) && h.year != null && h.year >= 0 && h.year <= 99) {
      h.year += h.year >= 69 ? 1900 : 2000;
    }
    return h;
  }

  /** Replaces the first match with one space, as date_parse.c's {@code subx}; null when none. */
  private static Matcher subx(StringBuilder s, Pattern p) {
    Matcher m = p.matcher(s.toString());
    if (!m.find()) return null;
    s.replace(m.start(), m.end(), " ");
    return m;
  }

  private static void parseDay(StringBuilder s, Fields h) {
    subx(s, P.DAY);
  }

  private static void parseTime(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.TIME);
    if (m == null) return;
    Matcher t = P.TIME_PARTS.matcher(m.group(1));
    if (!t.find()) return;
    int hour = Integer.parseInt(t.group(1));
    if (t.group(5) != null) {
      hour %= 12;
      if (Character.toLowerCase(t.group(5).charAt(0)) == 'p') hour += 12;
    }
    h.hour = hour;
    if (t.group(2) != null) h.min = Integer.parseInt(t.group(2));
    if (t.group(3) != null) h.sec = Integer.parseInt(t.group(3));
    if (t.group(4) != null) h.nanos = fraction(t.group(4));
    if (m.group(2) != null) h.zone = m.group(2);
  }

  private static long fraction(String digits) {
    String d = (digits + "000000000").substring(0, 9);
    return Long.parseLong(d);
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1;
  }

  private static boolean parseEu(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.EU);
    if (m == null) return false;
    s3e(h, m.group(4), String.valueOf(month(m.group(2))), m.group(1), bc(m.group(3)));
    return true;
  }

  private static boolean parseUs(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.US);
    if (m == null) return false;
    s3e(h, m.group(4), String.valueOf(month(m.group(1))), m.group(2), bc(m.group(3)));
    return true;
  }

  private static boolean bc(String g) {
    return g != null && Character.toLowerCase(g.charAt(0)) == 'b';
  }

  private static boolean parseIso(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.ISO);
    if (m == null) return false;
    s3e(h, m.group(1), m.group(2), m.group(3), false);
    return true;
  }

  private static boolean parseJis(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.JIS);
    if (m == null) return false;
    int era =
        switch (Character.toLowerCase(m.group(1).charAt(0))) {
          case 'm' -> 1867;
          case 't' -> 1911;
          case 's' -> 1925;
          case 'h' -> 1988;
          default -> 2018;
        };
    h.year = Integer.parseInt(m.group(2)) + era;
    h.mon = Integer.parseInt(m.group(3));
    h.mday = Integer.parseInt(m.group(4));
    return true;
  }

  private static boolean parseVms(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.VMS11);
    if (m != null) {
      s3e(h, m.group(3), String.valueOf(month(m.group(2))), m.group(1), false);
      return true;
    }
    m = subx(s, P.VMS12);
    if (m == null) return false;
    s3e(h, m.group(3), String.valueOf(month(m.group(1))), m.group(2), false);
    return true;
  }

  private static boolean parseSla(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.SLA);
    if (m == null) return false;
    s3e(h, m.group(1), m.group(2), m.group(3), false);
    return true;
  }

  private static boolean parseDot(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.DOT);
    if (m == null) return false;
    s3e(h, m.group(1), m.group(2), m.group(3), false);
    return true;
  }

  private static boolean parseIso2(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.ISO21);
    if (m != null) {
      if (m.group(1) != null) h.cwyear = Integer.parseInt(m.group(1));
      h.cweek = Integer.parseInt(m.group(2));
      if (m.group(3) != null) h.cwday = Integer.parseInt(m.group(3));
      return true;
    }
    m = subx(s, P.ISO22);
    if (m != null) {
      h.cwday = Integer.parseInt(m.group(1));
      return true;
    }
    m = subx(s, P.ISO23);
    if (m != null) {
      if (m.group(1) != null) h.mon = Integer.parseInt(m.group(1));
      h.mday = Integer.parseInt(m.group(2));
      return true;
    }
    m = subx(s, P.ISO24);
    if (m != null) {
      h.mon = Integer.parseInt(m.group(1));
      if (m.group(2) != null) h.mday = Integer.parseInt(m.group(2));
      return true;
    }
    if (!P.ISO25_GUARD.matcher(s).find()) {
      m = subx(s, P.ISO25);
      if (m != null) {
        h.year = Integer.parseInt(m.group(1));
        h.yday = Integer.parseInt(m.group(2));
        return true;
      }
    }
    if (!P.ISO26_GUARD.matcher(s).find()) {
      m = subx(s, P.ISO26);
      if (m != null) {
        h.yday = Integer.parseInt(m.group(1));
        return true;
      }
    }
    return false;
  }

  private static boolean parseYear(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.YEAR);
    if (m == null) return false;
    h.year = Integer.parseInt(m.group(1));
    return true;
  }

  private static boolean parseMon(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.MON);
    if (m == null) return false;
    h.mon = month(m.group(1));
    return true;
  }

  private static boolean parseMday(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.MDAY);
    if (m == null) return false;
    h.mday = Integer.parseInt(m.group(1));
    return true;
  }

  private static boolean parseDdd(StringBuilder s, Fields h) {
    Matcher m = subx(s, P.DDD);
    if (m == null) return false;
    String s2 = m.group(2);
    String s3 = m.group(3);
    String s4 = m.group(4);
    String s5 = m.group(5);
    int l2 = s2.length();
    switch (l2) {
      case 2 -> {
        if (s3 == null && s4 != null) h.sec = i(s2, 0, 2);
        else h.mday = i(s2, 0, 2);
      }
      case 4 -> {
        if (s3 == null && s4 != null) {
          h.sec = i(s2, 2, 4);
          h.min = i(s2, 0, 2);
        } else {
          h.mon = i(s2, 0, 2);
          h.mday = i(s2, 2, 4);
        }
      }
      case 6 -> {
        if (s3 == null && s4 != null) {
          h.sec = i(s2, 4, 6);
          h.min = i(s2, 2, 4);
          h.hour = i(s2, 0, 2);
        } else {
          h.year = Integer.parseInt(m.group(1) + s2.substring(0, 2));
          h.mon = i(s2, 2, 4);
          h.mday = i(s2, 4, 6);
        }
      }
      case 8, 10, 12, 14 -> {
        if (s3 == null && s4 != null) {
          h.sec = i(s2, l2 - 2, l2);
          h.min = i(s2, l2 - 4, l2 - 2);
          h.hour = i(s2, l2 - 6, l2 - 4);
          h.mday = i(s2, l2 - 8, l2 - 6);
          if (l2 >= 10) h.mon = i(s2, l2 - 10, l2 - 8);
          if (l2 == 12) h.year = Integer.parseInt(m.group(1) + s2.substring(0, 2));
          if (l2 == 14) {
            h.year = Integer.parseInt(m.group(1) + s2.substring(0, 4));
            h.comp = false;
          }
        } else {
          h.year = Integer.parseInt(m.group(1) + s2.substring(0, 4));
          h.mon = i(s2, 4, 6);
          h.mday = i(s2, 6, 8);
          if (l2 >= 10) h.hour = i(s2, 8, 10);
          if (l2 >= 12) h.min = i(s2, 10, 12);
          if (l2 >= 14) h.sec = i(s2, 12, 14);
          h.comp = false;
        }
      }
      case 3 -> {
        if (s3 == null && s4 != null) {
          h.sec = i(s2, 1, 3);
          h.min = i(s2, 0, 1);
        } else {
          h.yday = i(s2, 0, 3);
        }
      }
      case 5 -> {
        if (s3 == null && s4 != null) {
          h.sec = i(s2, 3, 5);
          h.min = i(s2, 1, 3);
          h.hour = i(s2, 0, 1);
        } else {
          h.year = Integer.parseInt(m.group(1) + s2.substring(0, 2));
          h.yday = i(s2, 2, 5);
        }
      }
      case 7 -> {
        if (s3 == null && s4 != null) {
          h.sec = i(s2, 5, 7);
          h.min = i(s2, 3, 5);
          h.hour = i(s2, 1, 3);
          h.mday = i(s2, 0, 1);
        } else {
          h.year = Integer.parseInt(m.group(1) + s2.substring(0, 4));
          h.yday = i(s2, 4, 7);
        }
      }
      default -> {
        // 9, 11 and 13 digits: date_parse.c sets nothing from them
      }
    }
    if (s3 != null && !s3.isEmpty()) {
      int l3 = s3.length();
      if (s4 != null) {
        switch (l3) {
          case 2, 4, 6 -> {
            h.sec = i(s3, l3 - 2, l3);
            if (l3 >= 4) h.min = i(s3, l3 - 4, l3 - 2);
            if (l3 >= 6) h.hour = i(s3, l3 - 6, l3 - 4);
          }
          default -> {}
        }
      } else {
        switch (l3) {
          case 2, 4, 6 -> {
            h.hour = i(s3, 0, 2);
            if (l3 >= 4) h.min = i(s3, 2, 4);
            if (l3 >= 6) h.sec = i(s3, 4, 6);
          }
          default -> {}
        }
      }
    }
    if (s4 != null && !s4.isEmpty()) h.nanos = fraction(s4);
    if (s5 != null && !s5.isEmpty()) {
      String z = s5;
      if (z.startsWith("[")) {
        z = z.substring(1, z.length() - 1);
        int colon = z.indexOf(':');
        z = colon >= 0 ? z.substring(colon + 1) : (Character.isDigit(z.charAt(0)) ? "+" + z : z);
      }
      h.zone = z;
    }
    return true;
  }

  private static int i(String s, int from, int to) {
    return Integer.parseInt(s.substring(from, to));
  }

  private static void parseBc(StringBuilder s, Fields h) {
    if (subx(s, P.BCP) != null) h.bc = true;
  }

  private static void parseFrag(StringBuilder s, Fields h) {
    Matcher m = P.FRAG.matcher(s);
    if (!m.find()) return;
    int n = Integer.parseInt(m.group(1));
    if (h.hour != null && h.mday == null) {
      if (n >= 1 && n <= 31) h.mday = n;
    }
    if (h.mday != null && h.hour == null) {
      if (n >= 0 && n <= 24) h.hour = n;
    }
  }

  /** date_parse.c's {@code s3e}: which of three numbers is the year, the month and the day. */
  private static void s3e(Fields h, String y, String m, String d, boolean bc) {
    if (y != null && m != null && d == null) {
      String oy = y, om = m, od = d;
      y = od;
      m = oy;
      d = om;
    }
    if (y == null) {
      if (d != null && d.length() > 2) {
        y = d;
        d = null;
      }
      if (d != null && d.startsWith("'")) {
        y = d;
        d = null;
      }
    }
    if (y != null) {
      int p = 0;
      while (p < y.length() && !isSign(y.charAt(p)) && !Character.isDigit(y.charAt(p))) p++;
      int bp = p;
      if (p < y.length() && isSign(y.charAt(p))) p++;
      while (p < y.length() && Character.isDigit(y.charAt(p))) p++;
      if (p < y.length()) {
        String oy = y;
        y = d;
        d = oy.substring(bp);
      }
    }
    if (m != null && (m.startsWith("'") || m.length() > 2)) {
      String oy = y, om = m, od = d;
      y = om;
      m = od;
      d = oy;
    }
    if (d != null && (d.startsWith("'") || d.length() > 2)) {
      String oy = y;
      y = d;
      d = oy;
    }
    Boolean c = null;
    if (y != null) {
      int p = 0;
      while (p < y.length() && !isSign(y.charAt(p)) && !Character.isDigit(y.charAt(p))) p++;
      int bp = p;
      boolean sign = false;
      if (p < y.length() && isSign(y.charAt(p))) {
        p++;
        sign = true;
      }
      int ds = p;
      while (p < y.length() && Character.isDigit(y.charAt(p))) p++;
      if (sign || p - ds > 2) c = false;
      String num = y.substring(bp, p);
      if (!num.isEmpty() && !num.equals("+") && !num.equals("-")) h.year = Integer.parseInt(num.replace("+", ""));
    }
    if (bc) h.bc = true;
    if (m != null) {
      Integer v = leadingNumber(m);
      if (v != null) h.mon = v;
    }
    if (d != null) {
      Integer v = leadingNumber(d);
      if (v != null) h.mday = v;
    }
    if (c != null) h.comp = c;
  }

  private static boolean isSign(char c) {
    return c == '+' || c == '-';
  }

  private static Integer leadingNumber(String s) {
    int p = 0;
    while (p < s.length() && !Character.isDigit(s.charAt(p))) p++;
    int b = p;
    while (p < s.length() && Character.isDigit(s.charAt(p))) p++;
    return b == p ? null : Integer.valueOf(s.substring(b, p));
  }


  /** time.rb's {@code zone_offset}: the offset in seconds Time.parse gives a zone text, or null. */
  static Integer zoneOffset(String zone) {
    int n = zone.length();
    if ((n == 5 || n == 6 && zone.charAt(3) == ':') && (zone.charAt(0) == '+' || zone.charAt(0) == '-')
        && digit(zone, 1) && digit(zone, 2) && digit(zone, n - 2) && digit(zone, n - 1)) {
      // +HHMM and +HH:MM, as P.ZONE_OFFSET reads them, without the regex (every front-matter date has one)
      int sign = zone.charAt(0) == '-' ? -1 : 1;
      return sign * (((zone.charAt(1) - '0') * 10 + zone.charAt(2) - '0') * 60
          + (zone.charAt(n - 2) - '0') * 10 + zone.charAt(n - 1) - '0') * 60;
    }
    String z = zone.toUpperCase(Locale.ROOT);
    Matcher m = P.ZONE_OFFSET.matcher(z);
    if (m.matches()) {
      int sign = m.group(1).equals("-") ? -1 : 1;
      return sign * ((Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(4))) * 60
          + (m.group(5) == null ? 0 : Integer.parseInt(m.group(5))));
    }
    if (z.matches("\\A[+-]\\d\\d\\z")) return Integer.parseInt(z.replace("+", "")) * 3600;
    Integer hours = ZONES.get(z);
    return hours == null ? null : hours * 3600;
  }

  private static boolean digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  /** time.rb's {@code make_time}. */
  private static ZonedDateTime makeTime(Fields f, ZoneId zone, ZonedDateTime now) {
    if (f.year == null && f.yday == null && f.mon == null && f.mday == null && f.hour == null
        && f.min == null && f.sec == null && f.nanos == null) {
      throw new DateTimeException("no time information");
    }
    Integer year = f.year, mon = f.mon, day = f.mday, hour = f.hour, min = f.min, sec = f.sec;
    Long nanos = f.nanos;
    Integer off = f.zone == null ? null : zoneOffset(f.zone);
    if (f.yday != null) {
      if (f.yday < 1 || f.yday > 366) throw new DateTimeException("yday out of range");
      int y = year != null ? year : (now != null ? now : ZonedDateTime.now(zone)).getYear();
      java.time.LocalDate d = java.time.LocalDate.ofYearDay(y, Math.min(f.yday, java.time.Year.of(y).length()));
      if (f.yday > java.time.Year.of(y).length()) throw new DateTimeException("yday out of range");
      mon = d.getMonthValue();
      day = d.getDayOfMonth();
      year = y;
    }
    // the current time fills the leading fields missing: none when the year is given
    ZonedDateTime n = null;
    if (year == null) {
      ZonedDateTime clock = now != null ? now : ZonedDateTime.now(zone);
      n = off != null ? clock.withZoneSameInstant(ZoneOffset.ofTotalSeconds(off)) : clock.withZoneSameInstant(zone);
    }
    boolean fill = true;
    if (year == null) year = n.getYear(); else fill = false;
    if (fill) { if (mon == null) mon = n.getMonthValue(); else fill = false; }
    if (fill) { if (day == null) day = n.getDayOfMonth(); else fill = false; }
    if (fill) { if (hour == null) hour = n.getHour(); else fill = false; }
    if (fill) { if (min == null) min = n.getMinute(); else fill = false; }
    if (fill) { if (sec == null) sec = n.getSecond(); else fill = false; }
    if (fill && nanos == null) nanos = (long) (n.getNano() / 1000 * 1000);
    if (mon == null) mon = 1;
    if (day == null) day = 1;
    if (hour == null) hour = 0;
    if (min == null) min = 0;
    if (sec == null) sec = 0;
    if (nanos == null) nanos = 0L;
    // Ruby's Time.local/utc: month 1..12, day 1..31 (rolling over into the next month), hour
    // 0..24 (24 only on the hour), minute 0..59, second 0..60.
    if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || min < 0 || min > 59
        || sec < 0 || sec > 60 || (hour == 24 && (min != 0 || sec != 0))) {
      throw new DateTimeException("argument out of range");
    }
    int len = YearMonth.of(year, mon).lengthOfMonth();
    LocalDateTime base = LocalDateTime.of(year, mon, 1, 0, 0, 0, 0)
        .plusDays(day - 1L).plusHours(hour).plusMinutes(min).plusSeconds(sec).plusNanos(nanos);
    if (day > len && day > 31) throw new DateTimeException("argument out of range");
    ZoneId z = off != null ? ZoneOffset.ofTotalSeconds(off) : zone;
    return base.atZone(z);
  }
}

package io.jekyll4j.liquid.filter;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Ruby's {@code Time#strftime}: the conversions Liquid templates use, with Ruby's flags ({@code -}
 * no padding, {@code _} space padding, {@code 0} zero padding, {@code ^} upper case) and widths.
 */
public final class Strftime {
  private static final java.time.format.DateTimeFormatter ZONE_NAME =
      java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
  /**
   * Ruby's {@code Date::MONTHNAMES} and {@code Date::DAYNAMES} (Monday first, as {@code
   * DayOfWeek}): Ruby's strftime is English whatever the locale; the abbreviations are the first
   * three letters. A table, not {@code getDisplayName}: that loads the JDK's locale data, a
   * noticeable part of a small site's build.
   */
  private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};

  private Strftime() {}

  /** Formats {@code t} by the Ruby format string {@code format}. */
  public static String format(ZonedDateTime t, String format) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= format.length()) {
        // Ruby rejects a format that ends in a lone %
        throw new IllegalArgumentException("Liquid error: invalid format: " + format);
      }
      int start = i;
      i++;
      char flag = 0;
      boolean upper = false;
      while (i < format.length() && "-_0^#".indexOf(format.charAt(i)) >= 0) {
        if (format.charAt(i) == '^') upper = true;
        else flag = format.charAt(i);
        i++;
      }
      int width = -1;
      while (i < format.length() && Character.isDigit(format.charAt(i))) {
        width = (width < 0 ? 0 : width * 10) + (format.charAt(i) - '0');
        i++;
      }
      int colons = 0;
      while (i < format.length() && format.charAt(i) == ':') {
        colons++;
        i++;
      }
      if (i >= format.length()) {
        out.append(format, start, i);
        break;
      }
      char conv = format.charAt(i++);
      String s = convert(t, conv, flag, width, colons);
      if (s == null) {
        out.append(format, start, i);
      } else {
        out.append(upper ? s.toUpperCase(Locale.ROOT) : s);
      }
    }
    return out.toString();
  }

  private static String num(long v, int defWidth, char defPad, char flag, int width) {
    if (flag == '-') return Long.toString(v);
    char pad = flag == '_' ? ' ' : flag == '0' ? '0' : defPad;
    int w = width >= 0 ? width : defWidth;
    String s = Long.toString(Math.abs(v));
    StringBuilder sb = new StringBuilder();
    if (v < 0) sb.append('-');
    for (int k = s.length() + (v < 0 ? 1 : 0); k < w; k++) sb.append(pad);
    return sb.append(s).toString();
  }

  private static String text(String s, char flag, int width) {
    if (width <= s.length() || flag == '-') return s;
    char pad = flag == '0' ? '0' : ' ';
    return String.valueOf(pad).repeat(width - s.length()) + s;
  }

  private static String convert(ZonedDateTime t, char conv, char flag, int width, int colons) {
    switch (conv) {
      case 'Y': return num(t.getYear(), 0, '0', flag, width);
      case 'C': return num(t.getYear() / 100, 2, '0', flag, width);
      case 'y': return num(t.getYear() % 100, 2, '0', flag, width);
      case 'm': return num(t.getMonthValue(), 2, '0', flag, width);
      case 'd': return num(t.getDayOfMonth(), 2, '0', flag, width);
      case 'e': return num(t.getDayOfMonth(), 2, ' ', flag, width);
      case 'j': return num(t.getDayOfYear(), 3, '0', flag, width);
      case 'H': return num(t.getHour(), 2, '0', flag, width);
      case 'k': return num(t.getHour(), 2, ' ', flag, width);
      case 'I': return num(hour12(t), 2, '0', flag, width);
      case 'l': return num(hour12(t), 2, ' ', flag, width);
      case 'M': return num(t.getMinute(), 2, '0', flag, width);
      case 'S': return num(t.getSecond(), 2, '0', flag, width);
      case 'L': return num(t.getNano() / 1_000_000, 3, '0', flag, width);
      case 'N': return String.format("%09d", t.getNano()).substring(0, width > 0 ? Math.min(width, 9) : 9);
      case 's': return Long.toString(t.toEpochSecond());
      case 'u': return Integer.toString(t.getDayOfWeek().getValue());
      case 'w': return Integer.toString(t.getDayOfWeek().getValue() % 7);
      case 'a': return text(DAY_NAMES[t.getDayOfWeek().getValue() - 1].substring(0, 3), flag, width);
      case 'A': return text(DAY_NAMES[t.getDayOfWeek().getValue() - 1], flag, width);
      case 'b':
      case 'h': return text(MONTH_NAMES[t.getMonthValue() - 1].substring(0, 3), flag, width);
      case 'B': return text(MONTH_NAMES[t.getMonthValue() - 1], flag, width);
      case 'p': return flag == '#' ? (t.getHour() < 12 ? "am" : "pm") : (t.getHour() < 12 ? "AM" : "PM");
      case 'P': return t.getHour() < 12 ? "am" : "pm";
      case 'z': return zone(t, colons);
      case 'Z': return zoneName(t);
      case 'U': return num(week(t, DayOfWeek.SUNDAY), 2, '0', flag, width);
      case 'W': return num(week(t, DayOfWeek.MONDAY), 2, '0', flag, width);
      case 'V': return num(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0', flag, width);
      case 'G': return num(t.get(IsoFields.WEEK_BASED_YEAR), 0, '0', flag, width);
      case 'g': return num(t.get(IsoFields.WEEK_BASED_YEAR) % 100, 2, '0', flag, width);
      case 'F': return format(t, "%Y-%m-%d");
      case 'T':
      case 'X': return format(t, "%H:%M:%S");
      case 'D':
      case 'x': return format(t, "%m/%d/%y");
      case 'R': return format(t, "%H:%M");
      case 'r': return format(t, "%I:%M:%S %p");
      case 'c': return format(t, "%a %b %e %H:%M:%S %Y");
      case 'v': return format(t, "%e-%^b-%Y");
      case '+': return format(t, "%a %b %e %H:%M:%S %Z %Y");
      case 'n': return "\n";
      case 't': return "\t";
      case '%': return "%";
      default: return null;
    }
  }

  private static int hour12(ZonedDateTime t) {
    int h = t.getHour() % 12;
    return h == 0 ? 12 : h;
  }

  private static long week(ZonedDateTime t, DayOfWeek first) {
    ZonedDateTime jan1 = t.withDayOfYear(1);
    ZonedDateTime firstDay = jan1.with(TemporalAdjusters.nextOrSame(first));
    if (t.toLocalDate().isBefore(firstDay.toLocalDate())) return 0;
    return ChronoUnit.DAYS.between(firstDay.toLocalDate(), t.toLocalDate()) / 7 + 1;
  }

  private static String zone(ZonedDateTime t, int colons) {
    int secs = t.getOffset().getTotalSeconds();
    char sign = secs < 0 ? '-' : '+';
    secs = Math.abs(secs);
    String hh = String.format("%02d", secs / 3600);
    String mm = String.format("%02d", secs / 60 % 60);
    return colons == 0 ? sign + hh + mm : colons == 1 ? sign + hh + ":" + mm : sign + hh + ":" + mm + ":" + String.format("%02d", secs % 60);
  }

  private static String zoneName(ZonedDateTime t) {
    if (t.getZone() instanceof ZoneOffset o) return o.getTotalSeconds() == 0 ? "UTC" : "";
    if (t.getZone().getId().equals("UTC") || t.getZone().getId().equals("Etc/UTC")) return "UTC";
    return ZONE_NAME.format(t);
  }
}

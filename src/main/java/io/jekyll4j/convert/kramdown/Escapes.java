package io.jekyll4j.convert.kramdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's HTML escaping: {@code & < >} (and {@code "} in attributes); in text and attributes
 * a character reference that is already there ({@code &amp;}, {@code &#169;}) is kept as is.
 */
final class Escapes {
  private Escapes() {}

  enum Mode { ALL, TEXT, ATTRIBUTE }

  private static final Pattern ALL = Pattern.compile("[<>&]");
  private static final String REFERENCE = "&(?:[\\w:][\\-\\w.:]*;|#\\d+;|#x[0-9a-fA-F]+;)";
  private static final Pattern TEXT = Pattern.compile(REFERENCE + "|[<>&]");
  private static final Pattern ATTRIBUTE = Pattern.compile(REFERENCE + "|[<>&\"]");

  static boolean isEscaped(String c) {
    return c.equals("<") || c.equals(">") || c.equals("&") || c.equals("\"");
  }

  /** Whether {@code s} has a character some mode escapes (every match starts with one). */
  private static boolean hasSpecial(String s, boolean quote) {
    // String.indexOf scans the string's bytes, without a bounds-checked charAt call per
    // character (costly for UTF-16 text under C1)
    return s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.indexOf('&') >= 0 || (quote && s.indexOf('"') >= 0);
  }

  /** Whether {@code s} has a character that text mode may escape ({@code < > &}). */
  static boolean hasSpecial(StringBuilder s) {
    return s.indexOf("<") >= 0 || s.indexOf(">") >= 0 || s.indexOf("&") >= 0;
  }

  static String html(String s, Mode mode) {
    if (!hasSpecial(s, mode == Mode.ATTRIBUTE)) return s;
    Pattern p = mode == Mode.ALL ? ALL : mode == Mode.TEXT ? TEXT : ATTRIBUTE;
    Matcher m = p.matcher(s);
    if (!m.find()) return s;
    StringBuilder sb = new StringBuilder(s.length() + 16);
    int last = 0;
    do {
      sb.append(s, last, m.start());
      sb.append(switch (m.group()) {
        case "<" -> "&lt;";
        case ">" -> "&gt;";
        case "&" -> "&amp;";
        case "\"" -> "&quot;";
        default -> m.group();
      });
      last = m.end();
    } while (m.find());
    return sb.append(s, last, s.length()).toString();
  }
}

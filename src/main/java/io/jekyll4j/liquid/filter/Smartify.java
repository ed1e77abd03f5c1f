package io.jekyll4j.liquid.filter;

/**
 * A stand-in for kramdown's SmartyPants conversion behind {@code smartify}, until the Markdown
 * converter provides it: curly quotes, en and em dashes, ellipsis; HTML tags are kept as they
 * are and a bare {@code &} is escaped.
 */
public final class Smartify {
  private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|\\w+);");

  private Smartify() {}

  /** Typographic punctuation for plain text with inline HTML. */
  public static String apply(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '<') {
        int end = s.indexOf('>', i);
        if (end > 0) {
          out.append(s, i, end + 1);
          i = end + 1;
          continue;
        }
      }
      if (s.startsWith("---", i)) {
        out.append('\u2014');
        i += 3;
      } else if (s.startsWith("--", i)) {
        out.append('\u2013');
        i += 2;
      } else if (s.startsWith("...", i)) {
        out.append('\u2026');
        i += 3;
      } else if (c == '"' || c == '\'') {
        char prev = i == 0 ? ' ' : s.charAt(i - 1);
        boolean opening = Character.isWhitespace(prev) || "([{>\u2014\u2013-".indexOf(prev) >= 0 || i == 0;
        if (c == '"') out.append(opening ? '\u201c' : '\u201d');
        else out.append(opening ? '\u2018' : '\u2019');
        i++;
      } else if (c == '&' && !ENTITY.matcher(s).region(i, s.length()).lookingAt()) {
        out.append("&amp;");
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}

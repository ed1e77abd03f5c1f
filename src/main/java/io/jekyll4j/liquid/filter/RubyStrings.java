package io.jekyll4j.liquid.filter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateParser;

/**
 * Liquid 4's regex-based string filters with Ruby's regexes: {@code /m} is Java's DOTALL (a tag
 * or comment spans lines), {@code strip_newlines} removes {@code \r?\n} (a lone {@code \r}
 * stays), {@code newline_to_br} replaces {@code \n} only, {@code escape_once} keeps only named
 * and decimal entities, and {@code truncate} counts characters, not UTF-16 units.
 */
final class RubyStrings {
  /** What {@code strip_html} removes first (done by {@link #stripBlocks}). */
  static final Pattern STRIP_HTML_BLOCKS =
      Pattern.compile("<script.*?</script>|<!--.*?-->|<style.*?</style>", Pattern.DOTALL);
  /** What {@code strip_html} removes then (done by {@link #stripTags}). */
  static final Pattern STRIP_HTML_TAGS = Pattern.compile("<.*?>", Pattern.DOTALL);
  private static final Pattern NEWLINES = Pattern.compile("\r?\n");
  private static final Pattern ESCAPE_ONCE = Pattern.compile("[\"><']|&(?!([a-zA-Z]+|(#\\d+));)");

  private static final String SPACE = " \t\n\u000b\f\r";

  private RubyStrings() {}

  /** Ruby's {@code lstrip}: leading ASCII white space. */
  static String lstrip(String s) {
    int i = 0;
    while (i < s.length() && SPACE.indexOf(s.charAt(i)) >= 0) i++;
    return s.substring(i);
  }

  /** Ruby's {@code rstrip}: trailing ASCII white space and NULs. */
  static String rstrip(String s) {
    int i = s.length();
    while (i > 0 && (SPACE.indexOf(s.charAt(i - 1)) >= 0 || s.charAt(i - 1) == 0)) i--;
    return s.substring(0, i);
  }

  /** Ruby's {@code CGI.unescape}: {@code +} is a space, {@code %XX} a byte, other {@code %} kept; bytes must be UTF-8. */
  static String cgiUnescape(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] in = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%' && i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0 && Character.digit(in[i + 2], 16) >= 0) {
        out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
        i += 2;
      } else {
        out.write(b);
      }
    }
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("Liquid error: invalid byte sequence in UTF-8");
    }
  }

  /**
   * {@code STRIP_HTML_BLOCKS} removed, as a scan: from {@code <script}, {@code <!--} or {@code
   * <style} to the first closer after it ({@code </script>}, {@code -->}, {@code </style>}); an
   * opener without its closer stays.
   */
  static String stripBlocks(String s) {
    int i = s.indexOf('<');
    if (i < 0) return s;
    StringBuilder out = null;
    int from = 0;
    while (i >= 0) {
      int end = -1;
      if (s.startsWith("<script", i)) {
        int close = s.indexOf("</script>", i + 7);
        if (close >= 0) end = close + 9;
      } else if (s.startsWith("<!--", i)) {
        int close = s.indexOf("-->", i + 4);
        if (close >= 0) end = close + 3;
      } else if (s.startsWith("<style", i)) {
        int close = s.indexOf("</style>", i + 6);
        if (close >= 0) end = close + 8;
      }
      if (end < 0) {
        i = s.indexOf('<', i + 1);
        continue;
      }
      if (out == null) out = new StringBuilder(s.length());
      out.append(s, from, i);
      from = end;
      i = s.indexOf('<', end);
    }
    return out == null ? s : out.append(s, from, s.length()).toString();
  }

  /** {@code STRIP_HTML_TAGS} removed, as a scan: each {@code <} to the next {@code >}. */
  static String stripTags(String s) {
    int i = s.indexOf('<');
    if (i < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (i >= 0) {
      int close = s.indexOf('>', i + 1);
      if (close < 0) break;
      out.append(s, from, i);
      from = close + 1;
      i = s.indexOf('<', from);
    }
    return out.append(s, from, s.length()).toString();
  }

  static void register(TemplateParser.Builder b) {
    b.withFilter(new NamedFilter("strip_html", (v, c, p) -> stripTags(stripBlocks(Ruby.rubyToS(v)))));
    b.withFilter(new NamedFilter("strip_newlines", (v, c, p) -> NEWLINES.matcher(Ruby.rubyToS(v)).replaceAll("")));
    b.withFilter(new NamedFilter("newline_to_br", (v, c, p) -> Ruby.rubyToS(v).replace("\n", "<br />\n")));
    b.withFilter(new NamedFilter("escape_once", (v, c, p) -> {
      Matcher m = ESCAPE_ONCE.matcher(Ruby.rubyToS(v));
      StringBuilder sb = new StringBuilder();
      while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(StandardFilters.escape(m.group())));
      m.appendTail(sb);
      return sb.toString();
    }));
    b.withFilter(new NamedFilter("strip", (v, c, p) -> rstrip(lstrip(Ruby.rubyToS(v)))));
    b.withFilter(new NamedFilter("lstrip", (v, c, p) -> lstrip(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("rstrip", (v, c, p) -> rstrip(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("url_decode", (v, c, p) -> v == null ? null : cgiUnescape(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("truncate", (v, c, p) -> {
      if (v == null) return null;
      String s = Ruby.rubyToS(v);
      long length = p.length > 0 ? StandardFilters.toInteger(p[0]) : 50;
      String ellipsis = p.length > 1 ? Ruby.rubyToS(p[1]) : "...";
      long keep = Math.max(0, length - ellipsis.codePointCount(0, ellipsis.length()));
      int chars = s.codePointCount(0, s.length());
      if (chars <= length) return s;
      return s.substring(0, s.offsetByCodePoints(0, (int) Math.min(keep, chars))) + ellipsis;
    }));
  }
}

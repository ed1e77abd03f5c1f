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
  private static final Pattern STRIP_HTML_BLOCKS =
      Pattern.compile("<script.*?</script>|<!--.*?-->|<style.*?</style>", Pattern.DOTALL);
  private static final Pattern STRIP_HTML_TAGS = Pattern.compile("<.*?>", Pattern.DOTALL);
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

  static void register(TemplateParser.Builder b) {
    b.withFilter(new NamedFilter("strip_html", (v, c, p) -> {
      String s = STRIP_HTML_BLOCKS.matcher(Ruby.rubyToS(v)).replaceAll("");
      return STRIP_HTML_TAGS.matcher(s).replaceAll("");
    }));
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

package io.jekyll4j.liquid.filter;

import io.jekyll4j.liquid.drop.HasUrl;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.TemplateParser;

/**
 * Jekyll's URL and escaping filters: {@code relative_url}, {@code absolute_url} (baseurl and url
 * from the site, Addressable-style normalisation), {@code strip_index}, {@code cgi_escape} and
 * {@code uri_escape}.
 */
public final class UrlFilters {
  /** Ruby's {@code $} ends a line (before any {@code \n}), not only the text. */
  private static final Pattern INDEX_HTML = Pattern.compile("/index\\.html?$", Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final String URI_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?#[]";

  private UrlFilters() {}

  public static void register(TemplateParser.Builder b) {
    b.withFilter(new NamedFilter("relative_url", (v, c, p) -> v == null ? null : relative(v, c)));
    b.withFilter(new NamedFilter("absolute_url", (v, c, p) -> v == null ? null : absolute(v, c)));
    b.withFilter(new NamedFilter("strip_index", (v, c, p) -> {
      if (v == null) return null;
      String s = Ruby.toS(v);
      if (s.isEmpty()) return s;
      return INDEX_HTML.matcher(s).replaceFirst("/");
    }));
    b.withFilter(new NamedFilter("cgi_escape", (v, c, p) -> {
      if (!(v instanceof CharSequence s)) throw new IllegalArgumentException("no implicit conversion into String");
      return cgiEscape(s.toString());
    }));
    b.withFilter(new NamedFilter("uri_escape", (v, c, p) -> {
      if (v == null) return null;
      if (!(v instanceof CharSequence s)) throw new IllegalArgumentException("Can't convert into String.");
      return uriEscape(s.toString());
    }));
  }

  private static String input(Object v) {
    if (v instanceof HasUrl h && h.dropUrl().isPresent()) return h.dropUrl().get();
    return Ruby.rubyToS(v);
  }

  private static String site(TemplateContext c, String key) {
    Object site = c.get("site");
    if (!(site instanceof Map<?, ?> m)) return null;
    Object value = m.get(key);
    return value != null ? Ruby.toS(value) : null;
  }

  /** Jekyll's {@code relative_url} of a value (a string or a drop with a URL). */
  public static String relative(Object v, TemplateContext c) {
    return relativeUrl(input(v), site(c, "baseurl"));
  }

  /** {@code relative_url} of a string, for this {@code baseurl} (null when unset). */
  public static String relativeUrl(String in, String baseurl) {
    // the usual case, no baseurl and a site path with nothing to escape (so no white space to
    // strip either), comes out as it went in
    if ((baseurl == null || baseurl.isEmpty()) && !in.isEmpty() && in.charAt(0) == '/' && allSafe(in)) return in;
    return computeRelativeUrl(in, baseurl);
  }

  private static String computeRelativeUrl(String in, String baseurl) {
    if (isAbsolute(in)) return in;
    String base = baseurl;
    base = base == null ? "" : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return uriEscape(stripPath(leadingSlash(base) + leadingSlash(in)));
  }

  /**
   * Addressable's {@code normalized_path} strips the path ({@code path.strip}): white space at
   * the end of the path (before any {@code ?} or {@code #}) goes, so {@code 'a ' | relative_url}
   * is {@code /a}.
   */
  static String stripPath(String url) {
    int end = url.length();
    for (int i = 0; i < url.length(); i++) {
      char ch = url.charAt(i);
      if (ch == '?' || ch == '#') {
        end = i;
        break;
      }
    }
    int cut = end;
    while (cut > 0 && " \t\n\u000b\f\r\0".indexOf(url.charAt(cut - 1)) >= 0) cut--;
    return cut == end ? url : url.substring(0, cut) + url.substring(end);
  }

  public static String absolute(Object v, TemplateContext c) {
    return absoluteUrl(input(v), site(c, "url"), site(c, "baseurl"));
  }

  /** {@code absolute_url} of a string, for this site {@code url} and {@code baseurl} (null when unset). */
  public static String absoluteUrl(String in, String url, String baseurl) {
    if (isAbsolute(in)) return in;
    if (url == null || url.isEmpty()) return relativeUrl(in, baseurl);
    return uriEscape(url + relativeUrl(in, baseurl));
  }

  /** Whether {@code url} starts with a scheme ({@code https:}, {@code mailto:}...), as Addressable reads it. */
  public static boolean isAbsolute(String url) {
    // Addressable's scheme: a letter, then letters, digits, + . or -, then a colon
    if (url.isEmpty() || !asciiLetter(url.charAt(0))) return false;
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') return true;
      if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') return false;
    }
    return false;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static String leadingSlash(String s) {
    return s.isEmpty() || s.startsWith("/") ? s : "/" + s;
  }

  /** Percent-encodes what Addressable's normalisation would, keeping existing escapes. */
  static String uriEscape(String s) {
    if (allSafe(s)) return s;
    StringBuilder sb = new StringBuilder();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int ch = bytes[i] & 0xff;
      boolean existingEscape = ch == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
      if (ch < 128 && (SAFE[ch] || existingEscape)) sb.append((char) ch);
      else sb.append('%').append(String.format("%02X", ch));
    }
    return sb.toString();
  }

  /** Characters kept as they are by {@link #uriEscape}: {@link #URI_SAFE} as a table. */
  private static final boolean[] SAFE = new boolean[128];

  static {
    for (int i = 0; i < URI_SAFE.length(); i++) SAFE[URI_SAFE.charAt(i)] = true;
  }

  /** Whether {@link #uriEscape} leaves {@code s} as it is (nearly every URL of a site): no byte to escape, no {@code %}. */
  private static boolean allSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 128 || !SAFE[ch]) return false;
    }
    return true;
  }

  private static boolean hex(byte b) {
    return Character.digit(b, 16) >= 0;
  }

  /** Ruby's {@code CGI.escape}. */
  public static String cgiEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int ch = b & 0xff;
      if (ch == ' ') sb.append('+');
      else if (ch < 128 && (Character.isLetterOrDigit(ch) || "-._~".indexOf(ch) >= 0)) sb.append((char) ch);
      else sb.append('%').append(String.format("%02X", ch));
    }
    return sb.toString();
  }
}

package io.jekyll4j.url;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Jekyll's {@code Jekyll::URL}: expands a template such as {@code /:categories/:year/:title/}
 * from placeholder values, escapes them as Jekyll does, and sanitizes the result ({@code ..}
 * removed, slashes squeezed). Pure: no site needed.
 */
public final class UrlTemplate {
  private UrlTemplate() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Whether a non-empty path is all {@code [a-zA-Z0-9./-]}: nothing to escape. */
  private static boolean safe(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Expands with the documents' rule: every {@code :name} must be a known placeholder (else an
   * error naming {@code where}); nil values become empty.
   */
  public static String expandStrict(String template, Map<String, String> values, String where) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int n = template.length();
    int last = 0;
    int i = template.indexOf(':');
    while (i >= 0 && i < n) {
      int j = i + 1;
      while (j < n && isNameChar(template.charAt(j))) j++;
      if (j == i + 1) {
        i = template.indexOf(':', i + 1);
        continue;
      }
      String name = template.substring(i + 1, j);
      String winner = values.containsKey(name) ? name : null;
      String rest = "";
      if (winner == null && name.endsWith("_") && values.containsKey(name.substring(0, name.length() - 1))) {
        winner = name.substring(0, name.length() - 1);
        rest = "_";
      }
      if (winner == null) {
        throw new BuildException(
            new SourceLocation(where, 1),
            "The URL template doesn't have "
                + (name.endsWith("_") ? name + " or " + name.substring(0, name.length() - 1) : name)
                + " keys. Check your permalink template!");
      }
      String v = values.get(winner);
      out.append(template, last, i).append(escapePath(v == null ? "" : v)).append(rest);
      last = j;
      i = template.indexOf(':', j);
    }
    out.append(template, last, n);
    return sanitize(squeezeSlashes(out.toString()));
  }

  /** A character of a placeholder's name ({@code :([a-z_]+)}). */
  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || c == '_';
  }

  /** {@code replaceAll("/{2,}", "/")}: every run of slashes becomes one. */
  static String squeezeSlashes(String s) {
    int at = s.indexOf("//");
    if (at < 0) return s;
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, at + 1);
    for (int i = at + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' && b.charAt(b.length() - 1) == '/') continue;
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Expands with the pages' rule (Jekyll's hash placeholders): each key in order is replaced
   * where it occurs; a null value removes {@code /:key}.
   */
  public static String expandLoose(String template, Map<String, String> values) {
    String result = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (result.indexOf(':') < 0) break;
      if (e.getValue() == null) {
        result = result.replace("/:" + e.getKey(), "");
      } else {
        result = result.replace(":" + e.getKey(), escapePath(e.getValue()));
      }
    }
    return sanitize(result);
  }

  /** Jekyll's {@code URL#sanitize_url}. */
  public static String sanitize(String url) {
    String s = ("/" + url).replace("..", "/").replace("./", "");
    return squeezeSlashes(s);
  }

  /** Jekyll's {@code URL.escape_path} (Addressable's encode, then the first {@code #}). */
  public static String escapePath(String path) {
    if (path.isEmpty() || safe(path)) return path;
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?#[]".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    String s = out.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash) + "%23" + s.substring(hash + 1);
  }

  /** Jekyll's {@code URL.unescape_path}: percent-decoding, for the output path. */
  public static String unescapePath(String url) {
    if (url.indexOf('%') < 0) return url;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '%' && i + 2 < url.length() + 0 && i + 2 <= url.length() - 1
          && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))) {
        bytes.write(Integer.parseInt(url.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}

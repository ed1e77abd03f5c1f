package io.jekyll4j.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What html-pipeline's parse-and-serialise round trip (Nokogiri on libxml2 2.9) visibly changes
 * in markup it otherwise keeps: HTML 4 named character references become their characters
 * (except the five XML ones, which any reader decodes alike), and the URL attributes ({@code
 * href}, {@code src}, {@code action}, an {@code a}'s {@code name}) lose leading blanks and have
 * everything but URL-safe characters percent-encoded. jekyll-mentions applies it to the part of
 * a page it rewrites.
 */
final class NokogiriRoundTrip {
  private static final Map<String, String> NAMED = load();
  /** A numeric (decimal or hex) or named character reference, with its {@code ;}. */
  private static final Pattern REFERENCE = Pattern.compile("&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([^\\s\"'>/=]+)(\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
  private static final String URI_SAFE = "-_.!~*'()@/:=?;#%&,+<>";

  private NokogiriRoundTrip() {}

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        NokogiriRoundTrip.class.getResourceAsStream("/io/jekyll4j/convert/html-entities.txt"),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] parts = line.trim().split(" ");
        if (parts.length == 2 && !parts[0].startsWith("#")) {
          out.put(parts[0], new String(Character.toChars(Integer.parseInt(parts[1]))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /**
   * Text as libxml2 reads and writes it back: every reference it knows (HTML 4 names and numeric,
   * with their {@code ;}) becomes its character, then {@code &}, {@code <} and {@code >} are
   * escaped; an unknown name or a reference without {@code ;} is a literal {@code &}.
   */
  static String text(String text) {
    if (text.indexOf('&') < 0 && text.indexOf('>') < 0 && text.indexOf('<') < 0) return text;
    return escape(decodeAll(text), false);
  }

  /** libxml2's HTML 4 elements without content (written without an end tag). */
  static final Set<String> VOID = Set.of(
      "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "link", "meta",
      "param");

  /**
   * A start tag ({@code <name ...>}) as libxml2 writes it: names lower-cased, {@code />} dropped
   * (the element ends there: {@link HtmlFragment} writes its end tag), attributes without a value bare,
   * values decoded then quoted with {@code "} (with {@code '} when they hold a {@code "} and no
   * {@code '}), URL attributes percent-encoded.
   */
  static String startTag(String tag, String markup) {
    int nameEnd = 1 + tag.length();
    boolean selfClosing = markup.endsWith("/>");
    int attrsEnd = markup.endsWith(">") ? markup.length() - (selfClosing ? 2 : 1) : markup.length();
    String attrs = markup.substring(Math.min(nameEnd, attrsEnd), attrsEnd);
    StringBuilder out = new StringBuilder("<").append(tag);
    Set<String> seen = new java.util.HashSet<>();
    Matcher m = ATTRIBUTE.matcher(attrs);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (!seen.add(name)) continue;
      out.append(' ').append(name);
      if (m.group(2) == null) continue;
      String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
      String decoded = decodeAll(value);
      if (isUrlAttribute(tag, name)) {
        decoded = uriEscape(decoded.replaceFirst("^[ \\t\\n\\r]+", ""));
        out.append("=\"").append(decoded.replace("&", "&amp;").replace("\"", "&quot;")).append('"');
      } else if (decoded.indexOf('"') >= 0 && decoded.indexOf('\'') < 0) {
        out.append("='").append(escape(decoded, false)).append('\'');
      } else {
        out.append("=\"").append(escape(decoded, true)).append('"');
      }
    }
    return out.append('>').toString();
  }

  private static String escape(String s, boolean quote) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(quote ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isUrlAttribute(String tag, String attribute) {
    String a = attribute.toLowerCase(Locale.ROOT);
    return a.equals("href") || a.equals("src") || a.equals("action") || tag.equals("a") && a.equals("name");
  }

  /** Every named (HTML 4) and numeric reference decoded. */
  private static String decodeAll(String value) {
    if (value.indexOf('&') < 0) return value;
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder(value.length());
    while (m.find()) {
      String chars;
      if (m.group(1) != null) chars = codePoint(m.group(1), 10);
      else if (m.group(2) != null) chars = codePoint(m.group(2), 16);
      else chars = switch (m.group(3)) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> NAMED.get(m.group(3));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(chars == null ? m.group() : chars));
    }
    return m.appendTail(out).toString();
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return cp > 0 && cp <= 0x10FFFF ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** libxml2's URI escaping: letters, digits and {@link #URI_SAFE} stay, other bytes become %XX. */
  private static String uriEscape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || URI_SAFE.indexOf(c) >= 0)) out.append((char) c);
      else out.append('%').append(String.format("%02X", c));
    }
    return out.toString();
  }
}

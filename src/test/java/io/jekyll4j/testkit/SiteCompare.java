package io.jekyll4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares built output the way {@code shared/compat/compare-sites} does, so tests judge
 * equivalence exactly as the project is judged: HTML as a stream of tags (attributes in any
 * order) and text with white space folded, except inside pre, code, textarea, script and style;
 * CSS, XML, TXT, JSON and SVG with white space folded; everything else byte for byte.
 */
public final class SiteCompare {
  private SiteCompare() {}

  private static final Pattern WS = Pattern.compile("[ \\t\\n\\r\\f]+");
  private static final java.util.Set<String> VERBATIM =
      java.util.Set.of("pre", "code", "textarea", "script", "style");
  private static final java.util.Set<String> VOID =
      java.util.Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
          "source", "track", "wbr");

  /** Differences between two trees: relative path to reason ("missing" for absent files). */
  public static Map<String, String> compareTrees(Path expected, Path actual) {
    Map<String, String> out = new TreeMap<>();
    for (String rel : files(expected)) {
      Path a = actual.resolve(rel);
      if (!Files.isRegularFile(a)) {
        out.put(rel, "missing");
        continue;
      }
      compareFile(rel, read(expected.resolve(rel)), read(a)).ifPresent(r -> out.put(rel, r));
    }
    return out;
  }

  /** Files present in {@code actual} but not in {@code expected}. */
  public static List<String> extraFiles(Path expected, Path actual) {
    TreeSet<String> extra = files(actual);
    extra.removeAll(files(expected));
    return List.copyOf(extra);
  }

  /** Empty when equivalent, else a one-line reason. The file name decides how to compare. */
  public static Optional<String> compareFile(String name, byte[] expected, byte[] actual) {
    if (java.util.Arrays.equals(expected, actual)) return Optional.empty();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    String a = new String(expected, StandardCharsets.UTF_8);
    String b = new String(actual, StandardCharsets.UTF_8);
    if (lower.endsWith(".html") || lower.endsWith(".htm")) return compareHtml(a, b);
    if (Stream.of(".css", ".xml", ".txt", ".json", ".svg").anyMatch(lower::endsWith)) {
      String fa = WS.matcher(a).replaceAll(" ").strip();
      String fb = WS.matcher(b).replaceAll(" ").strip();
      if (fa.equals(fb)) return Optional.empty();
      int i = 0;
      while (i < fa.length() && i < fb.length() && fa.charAt(i) == fb.charAt(i)) i++;
      return Optional.of(
          "text differs at char " + i + ": expected '" + clip(fa, i) + "', got '" + clip(fb, i)
              + "'");
    }
    return Optional.of("bytes differ (" + expected.length + " vs " + actual.length + " bytes)");
  }

  /** Empty when the two HTML texts are equivalent, else the first differing token. */
  public static Optional<String> compareHtml(String expected, String actual) {
    List<String> ta = tokens(expected);
    List<String> tb = tokens(actual);
    int n = Math.min(ta.size(), tb.size());
    for (int i = 0; i < n; i++) {
      if (!ta.get(i).equals(tb.get(i))) {
        return Optional.of("token " + i + ": expected " + ta.get(i) + ", got " + tb.get(i));
      }
    }
    if (ta.size() != tb.size()) {
      return Optional.of(
          "token " + n + ": expected " + (n < ta.size() ? ta.get(n) : "(end of file)") + ", got "
              + (n < tb.size() ? tb.get(n) : "(end of file)"));
    }
    return Optional.empty();
  }

  private static String clip(String s, int i) {
    return s.substring(Math.max(0, i - 30), Math.min(s.length(), i + 50));
  }

  private static final Pattern ATTR =
      Pattern.compile(
          "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?", Pattern.DOTALL);

  /** The token stream of an HTML text, each token rendered as a comparable string. */
  public static List<String> tokens(String html) {
    List<String> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int verbatim = 0;
    int i = 0;
    int len = html.length();
    while (i < len) {
      char c = html.charAt(i);
      if (c == '<' && i + 1 < len) {
        char d = html.charAt(i + 1);
        if (html.startsWith("<!--", i)) {
          int end = html.indexOf("-->", i + 4);
          int stop = end < 0 ? len : end;
          flush(out, text, verbatim);
          out.add("<!--" + fold(html.substring(i + 4, stop)) + "-->");
          i = end < 0 ? len : end + 3;
          continue;
        }
        if (d == '!' || d == '?') {
          int end = html.indexOf('>', i);
          int stop = end < 0 ? len : end;
          flush(out, text, verbatim);
          out.add("<!" + fold(html.substring(i + 2, stop)).toLowerCase(java.util.Locale.ROOT) + ">");
          i = end < 0 ? len : end + 1;
          continue;
        }
        if (d == '/' || Character.isLetter(d)) {
          int end = tagEnd(html, i);
          if (end > 0) {
            String inner = html.substring(i + 1, end);
            flush(out, text, verbatim);
            if (inner.startsWith("/")) {
              String name = inner.substring(1).strip().split("[\\s/]", 2)[0].toLowerCase(java.util.Locale.ROOT);
              if (!VOID.contains(name)) {
                out.add("</" + name + ">");
                if (VERBATIM.contains(name) && verbatim > 0) verbatim--;
              }
            } else {
              boolean selfClosing = inner.endsWith("/");
              String body = selfClosing ? inner.substring(0, inner.length() - 1) : inner;
              String[] parts = body.split("[\\s]", 2);
              String name = parts[0].toLowerCase(java.util.Locale.ROOT);
              TreeMap<String, String> attrs = new TreeMap<>();
              if (parts.length > 1) {
                Matcher m = ATTR.matcher(parts[1]);
                while (m.find()) {
                  String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                  attrs.put(
                      m.group(1).toLowerCase(java.util.Locale.ROOT),
                      v == null ? "" : fold(Entities.decode(v)));
                }
              }
              out.add("<" + name + attrs + ">");
              if (selfClosing) {
                if (!VOID.contains(name)) out.add("</" + name + ">");
              } else if (VERBATIM.contains(name)) {
                if (name.equals("script") || name.equals("style")) {
                  int close = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + name, end);
                  int stop = close < 0 ? len : close;
                  String raw = html.substring(end + 1, stop);
                  if (!raw.isEmpty()) out.add("text:" + raw);
                  i = stop;
                  continue;
                }
                verbatim++;
              }
            }
            i = end + 1;
            continue;
          }
        }
      }
      int next = html.indexOf('<', i + 1);
      if (next < 0) next = len;
      text.append(html, i, next);
      i = next;
    }
    flush(out, text, verbatim);
    return out;
  }

  private static int tagEnd(String html, int start) {
    char quote = 0;
    for (int j = start + 1; j < html.length(); j++) {
      char c = html.charAt(j);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j;
      }
    }
    return -1;
  }

  private static void flush(List<String> out, StringBuilder text, int verbatim) {
    if (text.length() == 0) return;
    String t = Entities.decode(text.toString());
    text.setLength(0);
    if (verbatim == 0) t = fold(t);
    if (!t.isEmpty()) out.add("text:" + t);
  }

  private static String fold(String s) {
    return WS.matcher(s).replaceAll(" ").strip();
  }

  private static TreeSet<String> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      TreeSet<String> out = new TreeSet<>();
      walk.filter(Files::isRegularFile)
          .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Character references, decoded as Python's HTMLParser does for the entities sites use. */
  static final class Entities {
    private static final Pattern REF = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?");
    private static final Map<String, String> NAMED =
        Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("hellip", "\u2026"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("laquo", "\u00ab"),
            Map.entry("raquo", "\u00bb"), Map.entry("middot", "\u00b7"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("trade", "\u2122"), Map.entry("times", "\u00d7"),
            Map.entry("rarr", "\u2192"), Map.entry("larr", "\u2190"),
            Map.entry("sbquo", "\u201a"), Map.entry("bdquo", "\u201e"));

    static String decode(String s) {
      if (s.indexOf('&') < 0) return s;
      Matcher m = REF.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String g = m.group(1);
        String rep;
        if (g.startsWith("#x") || g.startsWith("#X")) {
          rep = new String(Character.toChars(Integer.parseInt(g.substring(2), 16)));
        } else if (g.startsWith("#")) {
          rep = new String(Character.toChars(Integer.parseInt(g.substring(1))));
        } else {
          rep = NAMED.getOrDefault(g, null);
          if (rep == null) rep = m.group();
        }
        m.appendReplacement(out, Matcher.quoteReplacement(rep));
      }
      m.appendTail(out);
      return out.toString();
    }
  }
}

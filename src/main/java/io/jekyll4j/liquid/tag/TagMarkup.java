package io.jekyll4j.liquid.tag;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands the markup of Jekyll's own tags to our tag classes untouched. liqp's grammar tokenises
 * tag parameters (dropping white space) and treats {@code include} specially, so before parsing
 * each {@code {% include ... %}}, {@code include_relative}, {@code link}, {@code post_url} and
 * {@code highlight} is rewritten to one of our tags carrying its template, line and raw markup as
 * a single string token; the rewritten tag keeps the original's line breaks, so line numbers stay.
 * A plugin's tag ({@code seo}, {@code gist}, {@code avatar}, and jekyll-include-cache's {@code
 * include_cached}, which becomes an {@code include}) is rewritten only when the site has the plugin.
 */
public final class TagMarkup {
  /** Prefix of the rewritten tag names. */
  public static final String PREFIX = "j4j_";
  private static final Set<String> PLUGIN_TAGS = Set.of("seo", "include_cached", "gist", "avatar");
  private static final Pattern TAG =
      Pattern.compile("\\{%(-?)\\s*(raw|include_relative|include_cached|include|link|post_url|highlight|endhighlight|seo|gist|avatar)\\b(.*?)(-?)%\\}", Pattern.DOTALL);
  /** A block tag without its end tag; {@code line} is the tag's, 1-based within the text. */
  public static final class UnclosedTag extends IllegalArgumentException {
    public final int line;

    UnclosedTag(String message, int line) {
      super(message);
      this.line = line;
    }
  }

  /** Liquid 4 ends raw only at an endraw tag without a leading dash. */
  private static final Pattern END_RAW = Pattern.compile("\\{%\\s*endraw\\b[^%]*%\\}");
  private static final Pattern HASH_COMMENT = Pattern.compile("\\{%-?\\s*#.*?%\\}", Pattern.DOTALL);

  /** One rewritten tag's origin: the template it is in, its line, and its markup. */
  public record Origin(String template, int line, String markup) {
    /** {@code template:line}, as the include chain names a caller. */
    public String where() {
      return template + ":" + line;
    }
  }

  private TagMarkup() {}

  private static final Pattern RAW_START = Pattern.compile("\\{%-?\\s*raw\\b.*?%\\}", Pattern.DOTALL);

  /** The text without its raw blocks, whose content Liquid never tokenises. */
  private static String withoutRaw(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher start = RAW_START.matcher(text);
    Matcher end = END_RAW.matcher(text);
    int pos = 0;
    while (start.find(pos)) {
      out.append(text, pos, start.start());
      if (!end.find(start.end())) return out.toString();
      pos = end.end();
    }
    return out.append(text, pos, text.length()).toString();
  }

  /** The text with Jekyll's tags rewritten; {@code firstLine} is the line of the text's start. */
  public static String rewrite(String text, String template, int firstLine) {
    return rewrite(text, template, firstLine, Set.of());
  }

  /**
   * As {@link #rewrite(String, String, int)}, also rewriting the plugin tags named in {@code
   * pluginTags} ({@code seo}, {@code include_cached}); other plugin tags are left as written.
   */
  public static String rewrite(String text, String template, int firstLine, Set<String> pluginTags) {
    if (!text.contains("{%")) return text;
    Matcher hash = HASH_COMMENT.matcher(text.contains("raw") ? withoutRaw(text) : text);
    if (hash.find()) {
      throw new IllegalArgumentException(
          "Tag '" + hash.group() + "' was not properly terminated with regexp: /\\%\\}/");
    }
    Matcher m = TAG.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int pos = 0;
    int line = firstLine;
    int counted = 0;
    while (pos < text.length() && m.find(pos)) {
      String name = m.group(2);
      if (name.equals("raw")) {
        Matcher end = END_RAW.matcher(text);
        if (!end.find(m.end())) {
          throw new UnclosedTag("'raw' tag was never closed", 1 + newlines(text, 0, m.start()));
        }
        out.append(text, pos, m.start());
        if (m.group(4).isEmpty()) {
          out.append(text, m.start(), end.end());
        } else {
          // Liquid 4 applies the "-%}" of an opening raw after the raw block, not to its text
          out.append("{%").append(m.group(1)).append(" raw %}").append(text, m.end(), end.start());
          out.append(end.group().replaceFirst("-?%\\}$", "-%}"));
        }
        pos = end.end();
        continue;
      }
      out.append(text, pos, m.start());
      line += newlines(text, counted, m.start());
      counted = m.start();
      String whole = m.group();
      if (name.equals("endhighlight")) {
        out.append("{%").append(m.group(1)).append(" end").append(PREFIX).append("highlight").append(m.group(3));
        out.append(m.group(4)).append("%}");
      } else if (PLUGIN_TAGS.contains(name) && !pluginTags.contains(name)) {
        out.append(whole);
      } else {
        if (name.equals("include_cached")) name = "include";
        String payload = template + "\n" + line + "\n" + m.group(3);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        out.append("{%").append(m.group(1)).append(' ').append(PREFIX).append(name).append(" \"").append(token).append('"');
        out.append("\n".repeat(newlines(whole, 0, whole.length()))).append(' ').append(m.group(4)).append("%}");
      }
      pos = m.end();
    }
    out.append(text, pos, text.length());
    return out.toString();
  }

  /** Reads back what {@link #rewrite} packed into a tag's string token. */
  public static Origin decode(Object token) {
    String t = String.valueOf(token).strip();
    if (t.startsWith("\"")) t = t.substring(1, t.length() - 1);
    String payload = new String(Base64.getUrlDecoder().decode(t), StandardCharsets.UTF_8);
    int a = payload.indexOf('\n');
    int b = payload.indexOf('\n', a + 1);
    return new Origin(payload.substring(0, a), Integer.parseInt(payload.substring(a + 1, b)), payload.substring(b + 1));
  }

  private static int newlines(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (s.charAt(i) == '\n') n++;
    return n;
  }
}

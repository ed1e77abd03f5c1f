package io.jekyll4j.plugins.jemoji;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.HookContext;
import io.jekyll4j.plugin.ItemView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jemoji (0.13) as a post-render hook: in the output of each page, and of each written document,
 * that is HTML (output extension {@code .html}, or a permalink ending in {@code /}), and whose
 * output holds an {@code :emoji:} name anywhere, the {@code <body>}'s content (else the whole
 * output) goes through html-pipeline's EmojiFilter: every {@code :name:} of a gemoji name in a
 * text node outside {@code pre}, {@code code} and {@code tt} becomes
 * {@code <img class="emoji" title=":name:" alt=":name:" src="SRC" height="20" width="20">}, the
 * fragment written back by Nokogiri ({@link HookContext#rewriteHtmlText}). SRC is {@code emoji.src} of the
 * config (else {@code $ASSET_HOST_URL/images/icons/}, else GitHub's asset host) joined with
 * {@code emoji/} and the emoji's image file ({@link EmojiNames}).
 */
final class Jemoji {
  /** The plugin's name in {@code plugins}. */
  static final String PLUGIN = "jemoji";
  static final String DEFAULT_HOST = "https://github.githubassets.com";
  static final String ASSET_PATH = "/images/icons/";
  private static final Set<String> IGNORED = Set.of("pre", "code", "tt");
  private static final Pattern BODY_OPENER = Pattern.compile("<body(.*?)>\\s*", Pattern.DOTALL);

  private final String src;
  private final Map<String, String> files;

  Jemoji(String src, Map<String, String> files) {
    this.src = src;
    this.files = files;
  }

  /** {@code emoji_src}: {@code emoji.src}, else the asset host's icons. */
  static String src(ConfigView config, Map<String, String> env) {
    if (config.get("emoji") instanceof Map<?, ?> m && m.containsKey("src")) return String.valueOf(m.get("src"));
    String host = env.get("ASSET_HOST_URL");
    if (host != null && !host.isEmpty()) {
      return (host.endsWith("/") ? host.substring(0, host.length() - 1) : host) + ASSET_PATH;
    }
    return DEFAULT_HOST + ASSET_PATH;
  }

  /** The item's output with its emoji names as images. */
  String apply(ItemView item, String output, HookContext context) {
    if (!emojiable(item) || output.indexOf(':') < 0 || !hasEmoji(output)) return output;
    if (!output.contains("<body")) return filter(output, context);
    Matcher opener = BODY_OPENER.matcher(output);
    if (!opener.find()) return output;
    int close = output.indexOf("</body>", opener.end());
    int stop = close < 0 ? output.length() : close;
    return output.substring(0, opener.end()) + filter(output.substring(opener.end(), stop), context)
        + output.substring(stop);
  }

  /** {@code emojiable?}: {@code (page || write?) && output_ext == ".html" || permalink ends in "/"}. */
  private static boolean emojiable(ItemView item) {
    Object permalink = item.data().get("permalink");
    return item.written() && item.outputExt().equals(".html") || permalink instanceof String p && p.endsWith("/");
  }

  private String filter(String html, HookContext context) {
    return context.rewriteHtmlText(html, IGNORED, this::emojify);
  }

  /** Whether the text holds {@code :name:} for a gemoji name. */
  boolean hasEmoji(String text) {
    for (int i = text.indexOf(':'); i >= 0; ) {
      int j = text.indexOf(':', i + 1);
      if (j < 0) return false;
      if (files.containsKey(text.substring(i + 1, j))) return true;
      i = j;
    }
    return false;
  }

  /**
   * EmojiFilter's {@code gsub} of {@code :(name|name|...):}: names hold no colon, so a match is a
   * name between two colons; after a miss the closing colon may open the next one.
   */
  String emojify(String text) {
    if (text.indexOf(':') < 0) return text;
    StringBuilder out = new StringBuilder(text.length() + 64);
    int pos = 0;
    int i = text.indexOf(':');
    while (i >= 0) {
      int j = text.indexOf(':', i + 1);
      if (j < 0) break;
      String name = text.substring(i + 1, j);
      String file = files.get(name);
      if (file == null) {
        i = j;
        continue;
      }
      out.append(text, pos, i).append(image(name, file));
      pos = j + 1;
      i = text.indexOf(':', pos);
    }
    return pos == 0 ? text : out.append(text, pos, text.length()).toString();
  }

  private String image(String name, String file) {
    String url = fileJoin(fileJoin(src, "emoji"), file);
    return "<img class=\"emoji\" title=\":" + name + ":\" alt=\":" + name + ":\" src=\"" + url
        + "\" height=\"20\" width=\"20\">";
  }

  /** Ruby's {@code File.join(a, b)}: one slash at the joint. */
  static String fileJoin(String a, String b) {
    String left = a;
    while (left.endsWith("/")) left = left.substring(0, left.length() - 1);
    String right = b;
    while (right.startsWith("/")) right = right.substring(1);
    return left + "/" + right;
  }
}

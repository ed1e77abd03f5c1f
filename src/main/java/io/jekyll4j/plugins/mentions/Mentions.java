package io.jekyll4j.plugins.mentions;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.HookContext;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PluginException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jekyll-mentions' post-render hook: in the output of each page and written document that is HTML (its
 * output extension is {@code .html} or its permalink ends in a slash) and does not set {@code
 * jekyll-mentions: false}, links {@code @login} mentions (see {@link MentionLinker}) to {@code
 * https://github.com/login}, or under the base URL that {@code jekyll-mentions} (a string) or
 * {@code jekyll-mentions.base_url} gives, in the item's front matter or else the site config.
 * Only the {@code <body>}'s content is touched when the output has one.
 */
final class Mentions {
  /** The plugin's name in {@code plugins}. */
  static final String PLUGIN = "jekyll-mentions";
  private static final String DEFAULT_BASE = "https://github.com";
  private static final Pattern BODY_OPENER = Pattern.compile("<body(.*?)>\\s*", Pattern.DOTALL);

  private Mentions() {}

  /** The item's output with its mentions linked. */
  static String apply(ItemView item, String output, HookContext context) {
    if (!mentionable(item) || output.indexOf('@') < 0) return output;
    MentionLinker linker = new MentionLinker(base(item, context.config()), context);
    if (!output.contains("<body")) {
      return MentionLinker.MENTION.matcher(output).find() ? linker.link(output) : output;
    }
    Matcher opener = BODY_OPENER.matcher(output);
    if (!opener.find()) return output;
    int close = output.indexOf("</body>", opener.end());
    int stop = close < 0 ? output.length() : close;
    String body = output.substring(opener.end(), stop);
    if (!MentionLinker.MENTION.matcher(body).find()) return output;
    return output.substring(0, opener.end()) + linker.link(body) + output.substring(stop);
  }

  private static boolean mentionable(ItemView item) {
    if (!item.written()) return false;
    Object permalink = item.data().get("permalink");
    boolean html = item.outputExt().equals(".html")
        || permalink instanceof String p && p.endsWith("/");
    return html && !Boolean.FALSE.equals(item.data().get("jekyll-mentions"));
  }

  /** The base URL: the item's {@code jekyll-mentions} when it has the key, else the site's. */
  private static String base(ItemView item, ConfigView config) {
    Map<String, Object> data = item.data();
    Object setting = data.containsKey(PLUGIN) ? data.get(PLUGIN) : config.get(PLUGIN);
    if (setting == null) return DEFAULT_BASE;
    if (setting instanceof String s) return s;
    if (setting instanceof Map<?, ?> m) return m.containsKey("base_url") ? String.valueOf(m.get("base_url")) : DEFAULT_BASE;
    throw new PluginException(
        "Your jekyll-mentions config has to either be a string or a hash. It's a "
            + rubyClass(setting) + " right now.");
  }

  private static String rubyClass(Object value) {
    if (value instanceof Boolean b) return b ? "TrueClass" : "FalseClass";
    if (value instanceof Number n) return n instanceof Double || n instanceof Float ? "Float" : "Integer";
    if (value instanceof List<?>) return "Array";
    return value.getClass().getSimpleName();
  }
}

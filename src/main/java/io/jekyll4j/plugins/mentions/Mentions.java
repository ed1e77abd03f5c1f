package io.jekyll4j.plugins.mentions;

import io.jekyll4j.render.PostRender;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
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
public final class Mentions implements PostRender {
  /** The plugin's name in {@code plugins}. */
  public static final String PLUGIN = "jekyll-mentions";
  private static final String DEFAULT_BASE = "https://github.com";
  private static final Pattern BODY_OPENER = Pattern.compile("<body(.*?)>\\s*", Pattern.DOTALL);
  private final SiteConfig config;
  private final Function<Convertible, String> outputExt;
  private final Predicate<Document> writes;

  /**
   * The hook for a site; {@code outputExt} gives an item's output extension, {@code writes}
   * whether a document is written (Jekyll's {@code Document#write?}; others are left alone).
   */
  public Mentions(SiteConfig config, Function<Convertible, String> outputExt, Predicate<Document> writes) {
    this.config = config;
    this.outputExt = outputExt;
    this.writes = writes;
  }

  /** The hook when {@code plugins} lists jekyll-mentions, else {@link PostRender#NONE}. */
  public static PostRender forSite(List<String> plugins, SiteConfig config,
      Function<Convertible, String> outputExt, Predicate<Document> writes) {
    return plugins.contains(PLUGIN) ? new Mentions(config, outputExt, writes) : PostRender.NONE;
  }

  @Override
  public String apply(Convertible item, String output) {
    if (!mentionable(item) || output.indexOf('@') < 0) return output;
    MentionLinker linker = new MentionLinker(base(item));
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

  private boolean mentionable(Convertible item) {
    if (item instanceof Document d && !writes.test(d)) return false;
    Object permalink = item.data().get("permalink");
    boolean html = outputExt.apply(item).equals(".html")
        || permalink instanceof String p && p.endsWith("/");
    return html && !Boolean.FALSE.equals(item.data().get("jekyll-mentions"));
  }

  /** The base URL: the item's {@code jekyll-mentions} when it has the key, else the site's. */
  private String base(Convertible item) {
    Map<String, Object> data = item.data();
    Object setting = data.containsKey(PLUGIN) ? data.get(PLUGIN) : config.get(PLUGIN);
    if (setting == null) return DEFAULT_BASE;
    if (setting instanceof String s) return s;
    if (setting instanceof Map<?, ?> m) return m.containsKey("base_url") ? String.valueOf(m.get("base_url")) : DEFAULT_BASE;
    throw new BuildException(SourceLocation.of(item.relativePath()),
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

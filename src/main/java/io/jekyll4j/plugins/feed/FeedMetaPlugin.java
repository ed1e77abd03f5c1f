package io.jekyll4j.plugins.feed;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.TagContext;
import java.util.Map;

/**
 * jekyll-feed's {@code {% feed_meta %}}, enabled with the feed generator: the {@code <link
 * rel="alternate">} element that points a page's readers at the site's Atom feed ({@code
 * feed.path}, titled with the site's title or name).
 */
public final class FeedMetaPlugin implements LiquidTag {
  @Override
  public String name() {
    return "jekyll-feed";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public String tagName() {
    return "feed_meta";
  }

  @Override
  public String render(String markup, TagContext context) {
    if (context.site() == null) throw new IllegalStateException("feed_meta needs the site");
    ConfigView config = context.site().config();
    Object path = feedPath(config.map("feed"));
    Object title = config.get("title") != null ? config.get("title") : config.get("name");
    StringBuilder out = new StringBuilder("<link type=\"application/atom+xml\" rel=\"alternate\" href=");
    out.append(attribute(context, context.filter("absolute_url", path)));
    if (title != null) out.append(" title=").append(attribute(context, String.valueOf(title)));
    return out.append(" />").toString();
  }

  /**
   * {@code feed.path}, else the posts feed's {@code feed.collections.posts.path} (which
   * jekyll-feed's generator copies into {@code feed.path} before pages render).
   */
  private static Object feedPath(Map<String, Object> feed) {
    if (feed.get("path") != null) return feed.get("path");
    if (feed.get("collections") instanceof Map<?, ?> collections
        && collections.get("posts") instanceof Map<?, ?> posts && posts.get("path") != null) {
      return posts.get("path");
    }
    return "feed.xml";
  }

  /** Ruby's {@code String#encode(xml: :attr)}: escaped (as {@code xml_escape}) and put in double quotes. */
  private static String attribute(TagContext context, Object value) {
    return '"' + context.toS(context.filter("xml_escape", value)) + '"';
  }
}

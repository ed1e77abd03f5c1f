package io.jekyll4j.plugins.feed;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Site;
import io.jekyll4j.liquid.drop.Drops;
import io.jekyll4j.liquid.filter.TextFilters;
import io.jekyll4j.liquid.filter.UrlFilters;
import java.util.Map;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * jekyll-feed's {@code {% feed_meta %}}: the {@code <link rel="alternate">} element that points
 * a page's readers at the site's Atom feed ({@code feed.path}, titled with the site's title or
 * name). Registered only when the site lists the jekyll-feed plugin.
 */
public final class FeedMetaTag extends Tag {
  public FeedMetaTag() {
    super("feed_meta");
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    SiteConfig config = Drops.siteOf(context.get("site")).map(Site::config)
        .orElseThrow(() -> new IllegalStateException("feed_meta needs the site"));
    Object path = feedPath(config.map("feed"));
    Object title = config.get("title") != null ? config.get("title") : config.get("name");
    StringBuilder out = new StringBuilder("<link type=\"application/atom+xml\" rel=\"alternate\" href=");
    out.append(attribute(UrlFilters.absolute(path, context)));
    if (title != null) out.append(" title=").append(attribute(String.valueOf(title)));
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

  /** Ruby's {@code String#encode(xml: :attr)}: escaped and put in double quotes. */
  static String attribute(String value) {
    return '"' + TextFilters.xmlEscape(value) + '"';
  }
}

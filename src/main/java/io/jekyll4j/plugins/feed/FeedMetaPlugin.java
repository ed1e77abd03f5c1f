package io.jekyll4j.plugins.feed;

import io.jekyll4j.liquid.LiquidExtension;
import io.jekyll4j.plugin.Reads;

/** jekyll-feed's {@code {% feed_meta %}} tag, enabled with the feed generator. */
public final class FeedMetaPlugin implements LiquidExtension {
  @Override
  public String name() {
    return "jekyll-feed";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void extend(Registry r) {
    r.tag("feed_meta", new FeedMetaTag());
  }
}

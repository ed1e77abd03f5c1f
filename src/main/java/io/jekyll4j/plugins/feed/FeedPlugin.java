package io.jekyll4j.plugins.feed;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-feed} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-feed]}). */
public final class FeedPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-feed";
  }

  @Override
  public Priority priority() {
    return Priority.LOWEST;
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public Site generate(Site site, GenerateServices s) {
    return FeedGenerator.generate(site, s.source(), s.environment());
  }
}

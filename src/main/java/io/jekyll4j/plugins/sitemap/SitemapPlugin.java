package io.jekyll4j.plugins.sitemap;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-sitemap} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-sitemap]}). */
public final class SitemapPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-sitemap";
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
    return SitemapGenerator.generate(site, s::url);
  }
}

package io.jekyll4j.plugins.relativelinks;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-relative-links} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-relative-links]}). */
public final class RelativeLinksPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-relative-links";
  }

  @Override
  public Priority priority() {
    return Priority.LOWEST;
  }

  @Override
  public Reads reads() {
    return Reads.everything();
  }

  @Override
  public Site generate(Site site, GenerateServices s) {
    return RelativeLinks.generate(site, s.router(), s.future());
  }
}

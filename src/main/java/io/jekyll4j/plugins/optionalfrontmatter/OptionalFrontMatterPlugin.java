package io.jekyll4j.plugins.optionalfrontmatter;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-optional-front-matter} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-optional-front-matter]}). */
public final class OptionalFrontMatterPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-optional-front-matter";
  }

  @Override
  public Priority priority() {
    return Priority.NORMAL;
  }

  @Override
  public Reads reads() {
    return Reads.everything();
  }

  @Override
  public Site generate(Site site, GenerateServices s) {
    return OptionalFrontMatter.generate(site);
  }
}

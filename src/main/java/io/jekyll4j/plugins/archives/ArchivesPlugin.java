package io.jekyll4j.plugins.archives;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-archives} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-archives]}). */
public final class ArchivesPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-archives";
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
    return ArchiveGenerator.generate(site);
  }
}

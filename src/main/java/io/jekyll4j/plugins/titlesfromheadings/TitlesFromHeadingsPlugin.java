package io.jekyll4j.plugins.titlesfromheadings;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-titles-from-headings} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-titles-from-headings]}). */
public final class TitlesFromHeadingsPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-titles-from-headings";
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
    return TitlesFromHeadings.generate(site, s.future(), s.markdownify());
  }
}

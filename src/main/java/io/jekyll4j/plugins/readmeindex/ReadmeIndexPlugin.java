package io.jekyll4j.plugins.readmeindex;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-readme-index} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-readme-index]}). */
public final class ReadmeIndexPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-readme-index";
  }

  @Override
  public Priority priority() {
    return Priority.LOW;
  }

  @Override
  public Reads reads() {
    return Reads.everything();
  }

  @Override
  public Site generate(Site site, GenerateServices s) {
    return ReadmeIndex.generate(site, s.router());
  }
}

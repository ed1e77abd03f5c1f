package io.jekyll4j.plugins.defaultlayout;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-default-layout} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-default-layout]}). */
public final class DefaultLayoutPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-default-layout";
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
    return DefaultLayout.generate(site, s.router());
  }
}

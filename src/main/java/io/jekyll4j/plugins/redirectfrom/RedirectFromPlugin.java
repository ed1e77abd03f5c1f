package io.jekyll4j.plugins.redirectfrom;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-redirect-from} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-redirect-from]}). */
public final class RedirectFromPlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-redirect-from";
  }

  @Override
  public Priority priority() {
    return Priority.NORMAL;
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public Site generate(Site site, GenerateServices s) {
    return RedirectGenerator.generate(site, s::url, s.source());
  }

  @Override
  public boolean allowsUsedPermalink(Convertible item) {
    return RedirectPage.isRedirectPage(item);
  }
}

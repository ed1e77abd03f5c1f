package io.jekyll4j.plugins.paginate;

import io.jekyll4j.build.GenerateServices;
import io.jekyll4j.build.SiteGenerator;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-paginate} plugin on jekyll4j's generator loop ({@code plugins: [jekyll-paginate]}). */
public final class PaginatePlugin implements SiteGenerator {
  @Override
  public String name() {
    return "jekyll-paginate";
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
    return Paginator.generate(site, s::url, s.diagnostics());
  }
}

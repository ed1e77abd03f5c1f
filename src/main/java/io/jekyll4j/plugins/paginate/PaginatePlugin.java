package io.jekyll4j.plugins.paginate;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-paginate} plugin ({@code plugins: [jekyll-paginate]}). */
public final class PaginatePlugin implements Generator {
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
  public void generate(GenerateContext context) {
    Paginator.generate(context);
  }
}

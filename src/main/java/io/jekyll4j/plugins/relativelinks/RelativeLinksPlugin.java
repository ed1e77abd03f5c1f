package io.jekyll4j.plugins.relativelinks;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-relative-links} plugin ({@code plugins: [jekyll-relative-links]}). */
public final class RelativeLinksPlugin implements Generator {
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
  public void generate(GenerateContext context) {
    RelativeLinks.generate(context);
  }
}

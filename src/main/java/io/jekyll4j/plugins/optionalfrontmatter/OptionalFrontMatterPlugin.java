package io.jekyll4j.plugins.optionalfrontmatter;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-optional-front-matter} plugin ({@code plugins: [jekyll-optional-front-matter]}). */
public final class OptionalFrontMatterPlugin implements Generator {
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
  public void generate(GenerateContext context) {
    OptionalFrontMatter.generate(context);
  }
}

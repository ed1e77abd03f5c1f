package io.jekyll4j.plugins.archives;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-archives} plugin ({@code plugins: [jekyll-archives]}). */
public final class ArchivesPlugin implements Generator {
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
  public void generate(GenerateContext context) {
    ArchiveGenerator.generate(context);
  }
}

package io.jekyll4j.plugins.titlesfromheadings;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-titles-from-headings} plugin ({@code plugins: [jekyll-titles-from-headings]}). */
public final class TitlesFromHeadingsPlugin implements Generator {
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
  public void generate(GenerateContext context) {
    TitlesFromHeadings.generate(context);
  }
}

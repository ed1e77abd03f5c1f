package io.jekyll4j.plugins.readmeindex;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-readme-index} plugin ({@code plugins: [jekyll-readme-index]}). */
public final class ReadmeIndexPlugin implements Generator {
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
  public void generate(GenerateContext context) {
    ReadmeIndex.generate(context);
  }
}

package io.jekyll4j.plugins.defaultlayout;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-default-layout} plugin ({@code plugins: [jekyll-default-layout]}). */
public final class DefaultLayoutPlugin implements Generator {
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
  public void generate(GenerateContext context) {
    DefaultLayout.generate(context);
  }
}

package io.jekyll4j.plugins.seo;

import io.jekyll4j.liquid.LiquidExtension;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-seo-tag} plugin: its Liquid tag ({@code plugins: [jekyll-seo-tag]}). */
public final class SeoPlugin implements LiquidExtension {
  @Override
  public String name() {
    return "jekyll-seo-tag";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void extend(Registry r) {
    r.tag("seo", new SeoTag());
  }
}

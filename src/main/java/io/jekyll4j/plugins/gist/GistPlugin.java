package io.jekyll4j.plugins.gist;

import io.jekyll4j.liquid.LiquidExtension;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-gist} plugin: its Liquid tag ({@code plugins: [jekyll-gist]}). */
public final class GistPlugin implements LiquidExtension {
  @Override
  public String name() {
    return "jekyll-gist";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void extend(Registry r) {
    r.tag("gist", new GistTag(r.warnings()));
  }
}

package io.jekyll4j.plugins.includecache;

import io.jekyll4j.liquid.LiquidExtension;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-include-cache} plugin: its Liquid tag ({@code plugins: [jekyll-include-cache]}). */
public final class IncludeCachePlugin implements LiquidExtension {
  @Override
  public String name() {
    return "jekyll-include-cache";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void extend(Registry r) {
    r.includeAlias("include_cached");
  }
}

package io.jekyll4j.plugins.avatar;

import io.jekyll4j.liquid.LiquidExtension;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-avatar} plugin: its Liquid tag ({@code plugins: [jekyll-avatar]}). */
public final class AvatarPlugin implements LiquidExtension {
  @Override
  public String name() {
    return "jekyll-avatar";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void extend(Registry r) {
    r.tag("avatar", new AvatarTag(r.partials()));
  }
}

package io.jekyll4j.plugins.includecache;

import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.TagContext;

/**
 * The {@code jekyll-include-cache} plugin ({@code plugins: [jekyll-include-cache]}): {@code {%
 * include_cached file.html param=value %}} renders as {@code include} does. jekyll4j parses each
 * include file once per build anyway, which is the gem's whole point; the output is the same.
 */
public final class IncludeCachePlugin implements LiquidTag {
  @Override
  public String name() {
    return "jekyll-include-cache";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public String tagName() {
    return "include_cached";
  }

  @Override
  public String render(String markup, TagContext context) {
    return context.include(markup);
  }
}

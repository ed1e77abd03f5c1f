package io.jekyll4j.render;

import io.jekyll4j.content.Convertible;

/**
 * A plugin's {@code :post_render} hook for pages and documents: it sees an item's final output
 * (after the layouts) and may rewrite it before it is stored and written. jekyll-mentions is one.
 */
@FunctionalInterface
public interface PostRender extends RenderHooks {
  /** The hook that changes nothing. */
  PostRender NONE = (item, output) -> output;

  /** The output to keep for {@code item}, given what rendering produced. */
  String apply(Convertible item, String output);

  @Override
  default String postRender(Convertible item, String output) {
    return apply(item, output);
  }
}

package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.IncludeSource;
import io.jekyll4j.liquid.core.LiquidTemplate;

/**
 * What the include tags need from the engine: where include files come from, and the engine's
 * parse-once template cache (so an include used by a thousand pages is parsed once, with its
 * own file name for errors).
 */
public interface Partials {
  /** The include files of the site. */
  IncludeSource files();

  /** Parses (or takes from the cache) the file {@code path} holding {@code text}. */
  LiquidTemplate parse(String path, String text);

  /** Renders a little Liquid markup (such as a variable file name) in the caller's context. */
  String renderMarkup(String markup, liqp.TemplateContext context);
}

package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Site;
import io.jekyll4j.plugin.Plugin;
import io.jekyll4j.plugin.Priority;

/**
 * A generator shipped with jekyll4j that works on the engine's own model: it may replace or
 * rewrite pages and documents (pagination, redirects, the GitHub Pages content plugins), which
 * the public {@link io.jekyll4j.plugin.Generator} does not offer. Runs in the same priority loop
 * as the public generators.
 */
public interface SiteGenerator extends Plugin {
  /** When it runs relative to the other generators. */
  default Priority priority() {
    return Priority.NORMAL;
  }

  /** The site with what this generator makes (the same site when it makes nothing). */
  Site generate(Site site, GenerateServices services);

  /**
   * Whether {@code item}, one this generator made, may share its output path with another item
   * without a Conflict warning: Jekyll's {@code Doctor#allow_used_permalink?}, which lets
   * jekyll-redirect-from's redirect pages do so.
   */
  default boolean allowsUsedPermalink(Convertible item) {
    return false;
  }
}

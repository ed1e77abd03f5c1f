package io.jekyll4j.liquid.drop;

/**
 * An item that has a URL. Jekyll's URL filters and tags take a document drop in place of a
 * string ({@code {{ post | relative_url }}}); a page is a plain hash to Liquid, so it has none.
 */
public interface HasUrl {
  /** The item's URL (without baseurl). */
  String url();

  /** The URL as a drop answers it to {@code respond_to?(:url)}: documents only. */
  java.util.Optional<String> dropUrl();
}

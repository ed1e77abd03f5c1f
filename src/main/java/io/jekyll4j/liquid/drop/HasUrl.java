package io.jekyll4j.liquid.drop;

/**
 * A drop that answers {@code url}, as Jekyll's documents and pages do: the URL filters take such
 * a drop in place of a string ({@code {{ post | relative_url }}}).
 */
public interface HasUrl {
  /** The item's URL (without baseurl). */
  String url();
}

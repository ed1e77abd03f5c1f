package io.jekyll4j.render;

import io.jekyll4j.content.Convertible;
import java.util.Map;

/**
 * The plugins' hooks around one item's render, at Jekyll's moments: {@code :pre_render} (may
 * change the payload), {@code :post_convert} (may change the converted content) and {@code
 * :post_render} (may change the output).
 */
public interface RenderHooks {
  /** No hooks. */
  RenderHooks NONE = new RenderHooks() {};

  /** Before the item's Liquid; {@code payload} holds its top-level variables. */
  default void preRender(Convertible item, Map<String, Object> payload) {}

  /** The content to keep after conversion. */
  default String postConvert(Convertible item, String content) {
    return content;
  }

  /** The output to keep after the layouts. */
  default String postRender(Convertible item, String output) {
    return output;
  }
}

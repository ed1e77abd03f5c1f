package io.jekyll4j.plugin;

/**
 * A Liquid block ({@code Liquid::Block}): {@code {% NAME markup %}...{% endNAME %}} renders as what
 * {@link #render} returns; the block renders its body when (and as often as) it asks.
 */
public interface LiquidBlock extends Plugin {
  /** The block's name in templates ({@code endNAME} closes it). */
  String tagName();

  /** The block's output; {@code markup} is the text after the name, stripped. */
  String render(String markup, Body body, TagContext context);

  /** The block's body. */
  interface Body {
    /** The body rendered in the current scope. */
    String render();
  }
}

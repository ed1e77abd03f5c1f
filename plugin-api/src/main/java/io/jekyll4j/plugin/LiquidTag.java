package io.jekyll4j.plugin;

/**
 * A Liquid tag ({@code Liquid::Tag}): {@code {% NAME markup %}} renders as what {@link #render}
 * returns.
 *
 * <pre>{@code
 * public final class Year implements LiquidTag {
 *   public String name() { return "year-tag"; }
 *   public String tagName() { return "year"; }
 *   public String render(String markup, TagContext ctx) { return String.valueOf(ctx.site().time().getYear()); }
 * }
 * }</pre>
 */
public interface LiquidTag extends Plugin {
  /** The tag's name in templates. */
  String tagName();

  /** The tag's output; {@code markup} is the text after the name, stripped. */
  String render(String markup, TagContext context);
}

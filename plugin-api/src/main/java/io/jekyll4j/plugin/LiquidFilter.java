package io.jekyll4j.plugin;

import java.util.List;

/**
 * A Liquid filter ({@code Liquid::Template.register_filter}): {@code {{ input | NAME: a, b }}}
 * gives {@link #apply}{@code (input, [a, b])}. Values are what Liquid holds: strings, numbers
 * ({@code Long}, {@code Double}), booleans, null, lists and maps.
 *
 * <pre>{@code
 * public final class Shout implements LiquidFilter {
 *   public String name() { return "shout"; }
 *   public String filterName() { return "shout"; }
 *   public Object apply(Object input, List<Object> args, TagContext ctx) {
 *     return String.valueOf(input).toUpperCase(java.util.Locale.ROOT) + "!";
 *   }
 * }
 * }</pre>
 */
public interface LiquidFilter extends Plugin {
  /** The filter's name in templates. */
  String filterName();

  /** The filtered value. */
  Object apply(Object input, List<Object> arguments, TagContext context);

  /** A filter reads only its input and arguments, unless it says otherwise. */
  @Override
  default Reads reads() {
    return Reads.nothing();
  }
}

package io.jekyll4j.liquid.drop;

/**
 * A Liquid value that Ruby sees as a Jekyll drop rather than a hash: a {@code for} over it gives
 * its keys, it has no {@code size}, and {@code contains} finds nothing in it.
 */
public interface DropLike {
  /** Whether this value is a Jekyll drop (a page, for one, is a plain hash in Jekyll 4.3). */
  boolean isDrop();

  /** Ruby's {@code to_s} of this drop where it has its own (a document's output), else null. */
  default String rubyToS() {
    return null;
  }

  /** The keys a {@code for} over this drop gives, in Jekyll's order. */
  default java.util.Collection<?> dropKeys() {
    return this instanceof java.util.Map<?, ?> m ? m.keySet() : java.util.List.of();
  }

  /** Whether {@code value} is a Jekyll drop. */
  static boolean isDrop(Object value) {
    return value instanceof DropLike d && d.isDrop();
  }
}

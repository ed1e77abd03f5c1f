package io.jekyll4j.liquid.core;

import java.util.AbstractList;

/**
 * A Liquid range literal such as {@code (1..4)} used as a value: iterates as its integers, but
 * prints, inspects and serialises as Ruby's {@code 1..4} (our block rendering prints it whole,
 * where liqp would print a list item by item).
 */
public final class RubyRange extends AbstractList<Object> {
  private final long from;
  private final long to;

  public RubyRange(long from, long to) {
    this.from = from;
    this.to = to;
  }

  /** The start, Ruby's {@code Range#first}. */
  public long from() {
    return from;
  }

  /** The end, Ruby's {@code Range#last}. */
  public long to() {
    return to;
  }

  @Override
  public Object get(int index) {
    if (index < 0 || index >= size()) throw new IndexOutOfBoundsException(index);
    return from + index;
  }

  @Override
  public int size() {
    return (int) Math.max(0, to - from + 1);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}

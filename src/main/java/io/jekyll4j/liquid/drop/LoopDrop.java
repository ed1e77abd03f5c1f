package io.jekyll4j.liquid.drop;

import java.util.LinkedHashMap;

/**
 * Liquid's {@code ForloopDrop} and {@code TablerowloopDrop}: read like a hash of counters, but a
 * Ruby object to everything else. Printed, inspected and {@code jsonify}-ed it is its class name
 * (Liquid's {@code Drop#to_s}/{@code #inspect}; Jekyll's {@code jsonify} ends in the object's
 * {@code to_s.to_json}); it has no {@code size}, and {@code size} of it is 0.
 */
public final class LoopDrop extends LinkedHashMap<String, Object> implements DropLike {
  private final String rubyClass;

  private LoopDrop(String rubyClass) {
    this.rubyClass = rubyClass;
  }

  /** A {@code forloop}. */
  public static LoopDrop forloop() {
    return new LoopDrop("Liquid::ForloopDrop");
  }

  /** A {@code tablerowloop}. */
  public static LoopDrop tablerowloop() {
    return new LoopDrop("Liquid::TablerowloopDrop");
  }

  @Override
  public boolean isDrop() {
    return true;
  }

  @Override
  public String rubyToS() {
    return rubyClass;
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}

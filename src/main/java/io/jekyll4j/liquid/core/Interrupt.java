package io.jekyll4j.liquid.core;

/**
 * A {@code break} or {@code continue} on its way out to the enclosing loop, with the output its
 * blocks produced before it. liqp signals these with a bare marker and drops that output
 * ({@code {% if x %}found{% break %}{% endif %}} would print nothing); Liquid keeps it.
 */
public record Interrupt(String output, boolean isBreak) {
  @Override
  public String toString() {
    return output;
  }
}

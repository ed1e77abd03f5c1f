package io.jekyll4j.liquid.core;

import java.util.Arrays;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;

/**
 * The block node our parser builds for every body. liqp's {@link BlockNode#getChildren} copies
 * its list on each call; this one keeps its children in an array that {@link Bodies} reads
 * directly, and remembers what {@link Blank} finds about its (immutable) structure, so a body
 * rendered once per page or per loop iteration is not re-examined each time.
 */
public final class BodyNode extends BlockNode {
  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private LNode[] nodes = new LNode[0];
  /** Per child, whether it is a blank block tag ({@link Blank#block}); computed on first render. */
  private byte[] blankChild = new byte[0];
  /** Whether this body is blank ({@link Blank} body rule). */
  private byte blank = UNKNOWN;

  @Override
  public void add(LNode node) {
    super.add(node);
    nodes = Arrays.copyOf(nodes, nodes.length + 1);
    nodes[nodes.length - 1] = node;
    blankChild = new byte[nodes.length];
    blank = UNKNOWN;
  }

  /** The children, in order (do not modify). */
  LNode[] nodes() {
    return nodes;
  }

  /** {@link Blank#block} of child {@code i}, computed once. */
  boolean blankChild(int i) {
    byte b = blankChild[i];
    if (b == UNKNOWN) {
      b = Blank.block(nodes[i]) ? YES : NO;
      blankChild[i] = b;
    }
    return b == YES;
  }

  /** Whether this body holds only white space and tags that print nothing, computed once. */
  boolean isBlank() {
    byte b = blank;
    if (b == UNKNOWN) {
      b = Blank.computeBody(this) ? YES : NO;
      blank = b;
    }
    return b == YES;
  }
}

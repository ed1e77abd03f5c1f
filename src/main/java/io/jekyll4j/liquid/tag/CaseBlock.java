package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.core.Blank;
import io.jekyll4j.liquid.core.Bodies;
import io.jekyll4j.liquid.core.Interrupt;
import io.jekyll4j.liquid.parse.StandardTags;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.AtomNode;
import liqp.nodes.EqNode;
import liqp.nodes.LNode;

/**
 * Liquid 4's {@code case}: nodes are the left expression, then (value, body) pairs in the
 * order written, one per {@code when} value (a body shared by {@code when a, b} renders once per
 * matching value), and ({@link StandardTags#ELSE}, body) where an {@code else} stands. Every
 * matching {@code when} renders; an {@code else} renders, alone, when nothing before it matched.
 */
public final class CaseBlock extends Block {
  public CaseBlock() {
    super("case");
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    Object out = renderWhens(context, nodes);
    return Blank.bodies(nodes) && !(out instanceof Interrupt) ? "" : out;
  }

  private Object renderWhens(TemplateContext context, LNode... nodes) {
    LNode left = nodes[0];
    StringBuilder out = new StringBuilder();
    boolean executeElse = true;
    for (int i = 1; i + 1 < nodes.length; i += 2) {
      LNode value = nodes[i];
      if (value instanceof AtomNode a && a.render(context) == StandardTags.ELSE) {
        if (executeElse) return Bodies.render(nodes[i + 1], context);
        continue;
      }
      if (!Boolean.TRUE.equals(new EqNode(left, value).render(context))) continue;
      executeElse = false;
      Object r = Bodies.render(nodes[i + 1], context);
      if (r instanceof Interrupt stop) return new Interrupt(out + stop.output(), stop.isBreak());
      if (r != null) out.append(r instanceof CharSequence cs ? cs : io.jekyll4j.liquid.filter.Ruby.toS(r));
    }
    return out.toString();
  }
}

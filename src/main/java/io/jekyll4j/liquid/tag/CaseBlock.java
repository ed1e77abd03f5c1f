package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.core.Blank;
import io.jekyll4j.liquid.core.Bodies;
import io.jekyll4j.liquid.core.Interrupt;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;

/**
 * Liquid 4's {@code case}: every matching {@code when} renders, in order, and {@code else} only
 * when none matched (liqp stops at the first match).
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
    Object condition = nodes[0].render(context);
    StringBuilder out = new StringBuilder();
    boolean matched = false;
    LNode elseBody = nodes.length >= 3 && nodes[nodes.length - 2] == nodes[0] ? nodes[nodes.length - 1] : null;
    for (int i = 1; i < nodes.length; i++) {
      LNode node = nodes[i];
      if (i == nodes.length - 2 && node == nodes[0] && nodes[i + 1] instanceof BlockNode elseBlock) {
        // liqp writes {% else %} as a when whose value is the case value itself
        return matched ? out.toString() : Bodies.render(elseBlock, context);
      }
      boolean hit = false;
      while (!(node instanceof BlockNode)) {
        Object value = node.render(context);
        if (value == CaseElseOrder.AFTER_ELSE) {
          // the else stood before this when: reached with nothing matched, it renders alone
          if (!matched) return elseBody == null ? "" : Bodies.render(elseBody, context);
        } else if (areEqual(condition, value)) {
          hit = true;
        }
        node = nodes[++i];
      }
      if (hit) {
        matched = true;
        Object r = Bodies.render(node, context);
        if (r instanceof Interrupt stop) return new Interrupt(out + stop.output(), stop.isBreak());
        if (r != null) out.append(r instanceof CharSequence cs ? cs : io.jekyll4j.liquid.filter.Ruby.toS(r));
      }
    }
    return out.toString();
  }
}

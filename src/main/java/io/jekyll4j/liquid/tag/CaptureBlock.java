package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.core.Bodies;
import io.jekyll4j.liquid.core.Interrupt;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

/**
 * {@code capture}: the body's output into an outermost-scope variable. A {@code break} or
 * {@code continue} inside ends the capture with what it has and still reaches the enclosing loop.
 */
public final class CaptureBlock extends Block {
  public CaptureBlock() {
    super("capture");
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    String id = asString(nodes[0].render(context), context);
    Object value = Bodies.render(nodes[1], context);
    if (value instanceof Interrupt stop) {
      context.put(id, stop.output(), true);
      return new Interrupt("", stop.isBreak());
    }
    context.put(id, value == null ? "" : String.valueOf(value), true);
    return null;
  }
}

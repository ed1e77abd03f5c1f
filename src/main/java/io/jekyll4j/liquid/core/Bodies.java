package io.jekyll4j.liquid.core;

import java.util.Collection;
import liqp.LValue;
import liqp.RenderTransformer.ObjectAppender;
import liqp.TemplateContext;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;

/**
 * Renders a block body node by node, as Liquid's BlockBody does: output is appended in order and
 * a {@code break}/{@code continue} stops the body but keeps what was output before it, handed
 * outwards as an {@link Interrupt}. Used by our {@code if}, {@code unless}, {@code case},
 * {@code for} and for whole templates.
 */
public final class Bodies {
  private Bodies() {}

  /** The body's output, or an {@link Interrupt} carrying the output up to a break/continue. */
  public static Object render(LNode body, TemplateContext context) {
    if (!(body instanceof BlockNode block)) return body == null ? null : body.render(context);
    BodyNode known = block instanceof BodyNode b ? b : null;
    LNode[] children = known != null ? known.nodes() : block.getChildren().toArray(new LNode[0]);
    ObjectAppender.Controller out = context.newObjectAppender(children.length);
    for (int n = 0; n < children.length; n++) {
      LNode node = children[n];
      if (node == null) continue;
      if (known != null ? known.blankChild(n) : Blank.block(node)) {
        // Liquid runs a blank block for its assigns but drops its output, white space included
        node.render(context);
        continue;
      }
      Object value = node.render(context);
      if (value == null) continue;
      if (value == LValue.BREAK || value == LValue.CONTINUE) {
        return new Interrupt(String.valueOf(out.getResult()), value == LValue.BREAK);
      }
      if (value instanceof Interrupt i) {
        out.append(i.output());
        return new Interrupt(String.valueOf(out.getResult()), i.isBreak());
      }
      if (value instanceof Collection<?> c && !(value instanceof io.jekyll4j.liquid.core.RubyRange)) {
        c.forEach(out::append);
      } else if (value instanceof Object[] a) {
        for (Object o : a) out.append(o);
      } else {
        out.append(value);
      }
    }
    return out.getResult();
  }
}

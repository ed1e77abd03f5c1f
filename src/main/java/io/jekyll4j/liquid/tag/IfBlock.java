package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.core.Blank;
import io.jekyll4j.liquid.core.Bodies;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

/**
 * {@code if}/{@code elsif}/{@code else} and {@code unless}, as liqp evaluates them, but with the
 * chosen branch rendered through {@link Bodies}, so a {@code break} inside keeps the branch's
 * earlier output, and nothing printed when every branch is {@link Blank}.
 */
public final class IfBlock extends Block {
  private final boolean unless;

  public IfBlock(boolean unless) {
    super(unless ? "unless" : "if");
    this.unless = unless;
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    for (int i = 0; i < nodes.length - 1; i += 2) {
      boolean value = asBoolean(nodes[i].render(context));
      // unless negates its own condition only; its elsif conditions are read as written
      if (unless && i == 0) value = !value;
      if (value) {
        Object out = Bodies.render(nodes[i + 1], context);
        return Blank.bodies(nodes) ? "" : out;
      }
    }
    return "";
  }
}

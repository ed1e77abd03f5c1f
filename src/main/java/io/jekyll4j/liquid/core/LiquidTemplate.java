package io.jekyll4j.liquid.core;

import java.lang.reflect.Field;
import java.util.Map;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.LNode;
import liqp.parser.v4.NodeVisitor;
import liqp.org.antlr.v4.runtime.tree.ParseTree;

/**
 * A parsed template that many threads may render at once. liqp's {@link Template} keeps the
 * context of its latest render in a field and reads it back while rendering, so two pages
 * rendering one layout (or one include) in parallel can swap variables. This wrapper keeps
 * liqp's parse tree and builds the render tree and context locally for every render.
 */
public final class LiquidTemplate {
  private static final Field ROOT = rootField();

  private final Template template;
  private final TemplateParser parser;
  private final ParseTree root;

  public LiquidTemplate(Template template, TemplateParser parser) {
    this.template = template;
    this.parser = parser;
    this.root = ROOT == null ? null : read(template);
  }

  /** Renders in a new scope below {@code parent}, with {@code variables} in that scope. */
  public Object render(Map<String, Object> variables, TemplateContext parent) {
    if (root == null) {
      synchronized (template) {
        return template.renderToObjectUnguarded(variables, parent, false);
      }
    }
    LNode node = new NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude).visit(root);
    TemplateContext context = parent.newChildContext(variables);
    Object rendered = Bodies.render(node, context);
    return parser.getRenderTransformer().transformObject(context, rendered);
  }

  private static Field rootField() {
    try {
      Field f = Template.class.getDeclaredField("root");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static ParseTree read(Template template) {
    try {
      return (ParseTree) ROOT.get(template);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}

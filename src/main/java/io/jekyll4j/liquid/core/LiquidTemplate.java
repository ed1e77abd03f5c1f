package io.jekyll4j.liquid.core;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * liqp's parse tree and a context per render. Render trees are built from the parse tree and
 * lent out from a pool, one render at a time each (a template that includes itself takes a
 * second tree): layouts and includes render thousands of times, and walking the parse tree
 * again for each was an eighth of the render time. A template rendered once (a post's own
 * body) keeps no tree.
 */
public final class LiquidTemplate {
  private static final Field ROOT = rootField();

  private final Template template;
  private final TemplateParser parser;
  private final ParseTree root;
  private final ConcurrentLinkedQueue<LNode> idle = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean renderedBefore = new AtomicBoolean();

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
    LNode node = idle.poll();
    if (node == null) {
      node = RubyLookup.install(new NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude).visit(root));
    }
    TemplateContext context = parent.newChildContext(variables);
    Object rendered = Bodies.render(node, context);
    // a tree goes back only after a render that ended normally, and only for reused templates
    if (renderedBefore.getAndSet(true)) idle.offer(node);
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

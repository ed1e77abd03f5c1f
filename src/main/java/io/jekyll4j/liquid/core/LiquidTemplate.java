package io.jekyll4j.liquid.core;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.LNode;

/**
 * A parsed template that many threads may render at once. Some liqp nodes keep state while they
 * render (a lookup's index caches its key), so a tree renders one page at a time: trees are
 * lent out from a pool, and a render that finds none idle gets a new one from {@code rebuild}
 * (the front end run again on the same text). A template rendered once (a post's own body)
 * keeps no tree.
 */
public final class LiquidTemplate {
  private final Supplier<LNode> rebuild;
  private final TemplateParser parser;
  private final List<String> warnings;
  private final ConcurrentLinkedQueue<LNode> idle = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean renderedBefore = new AtomicBoolean();

  /**
   * {@code root} is the tree the first parse made; {@code warnings} are that parse's lax-mode
   * warnings, worded as Jekyll prints them.
   */
  public LiquidTemplate(LNode root, Supplier<LNode> rebuild, TemplateParser parser, List<String> warnings) {
    this.rebuild = rebuild;
    this.parser = parser;
    this.warnings = List.copyOf(warnings);
    idle.offer(root);
  }

  /** The warnings of parsing this template ({@code error_mode: warn}). */
  public List<String> warnings() {
    return warnings;
  }

  /** Renders in a new scope below {@code parent}, with {@code variables} in that scope. */
  public Object render(Map<String, Object> variables, TemplateContext parent) {
    LNode node = idle.poll();
    if (node == null) node = rebuild.get();
    TemplateContext context = parent.newChildContext(variables);
    Object rendered = Bodies.render(node, context);
    // a tree goes back only after a render that ended normally, and only for reused templates
    if (renderedBefore.getAndSet(true)) idle.offer(node);
    return parser.getRenderTransformer().transformObject(context, rendered);
  }

  /**
   * The value of a template that is one expression ({@code Variable.new(markup).render}), as
   * Jekyll's {@code group_by_exp} takes it: not printed, so a number stays a number.
   */
  public Object evaluate(Map<String, Object> variables, TemplateContext parent) {
    LNode node = idle.poll();
    if (node == null) node = rebuild.get();
    Object value = node.render(parent.newChildContext(variables));
    if (renderedBefore.getAndSet(true)) idle.offer(node);
    return value;
  }
}

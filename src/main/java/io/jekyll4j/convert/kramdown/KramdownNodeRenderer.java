package io.jekyll4j.convert.kramdown;

import io.jekyll4j.highlight.Highlighter;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * The commonmark-java node renderer for kramdown trees: a document's root {@link KNode} is
 * written by {@link HtmlWriter} (kramdown's output needs the whole tree at once: footnotes and
 * the table of contents are placed after the body is written).
 */
public final class KramdownNodeRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final Highlighter highlighter;

  public KramdownNodeRenderer(HtmlNodeRendererContext context, Highlighter highlighter) {
    this.context = context;
    this.highlighter = highlighter;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(KNode.class);
  }

  @Override
  public void render(Node node) {
    context.getWriter().raw(html((KNode) node, highlighter));
  }

  /**
   * The HTML of a parsed document (its root, with its {@code kramdown_options}): what rendering
   * the root through commonmark's renderer with this node renderer gives, without the copies.
   */
  public static String html(KNode root, Highlighter highlighter) {
    KramdownOptions options = (KramdownOptions) root.options.get("kramdown_options");
    return new HtmlWriter(options, new CodeWriter(highlighter, options), root).write();
  }
}

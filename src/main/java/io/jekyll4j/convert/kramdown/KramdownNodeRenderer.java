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
    KNode root = (KNode) node;
    KramdownOptions options = (KramdownOptions) root.options.get("kramdown_options");
    HtmlWriter writer = new HtmlWriter(options, new CodeWriter(highlighter, options), root);
    context.getWriter().raw(writer.write());
  }
}

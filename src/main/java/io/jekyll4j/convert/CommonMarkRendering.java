package io.jekyll4j.convert;

import io.jekyll4j.highlight.Highlighter;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The node renderers where jekyll-commonmark's output differs from commonmark-java's: code
 * blocks (Rouge in {@code <div class="language-X highlighter-rouge">}), raw HTML (omitted
 * unless unsafe, as commonmarker does, with GFM's tag filter when enabled), and links and images
 * (commonmarker writes no empty {@code title}, and an image's alt text leaves out code spans).
 */
final class CommonMarkRendering {
  private final Highlighter highlighter;
  private final boolean unsafe;
  private final boolean tagfilter;
  private final boolean githubPreLang;

  CommonMarkRendering(Highlighter highlighter, boolean unsafe, boolean tagfilter, boolean githubPreLang) {
    this.highlighter = highlighter;
    this.unsafe = unsafe;
    this.tagfilter = tagfilter;
    this.githubPreLang = githubPreLang;
  }

  NodeRenderer renderer(HtmlNodeRendererContext context) {
    return new Renderer(context);
  }

  private static final Pattern FILTERED =
      Pattern.compile("<(title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=\\s|>|/>)",
          Pattern.CASE_INSENSITIVE);

  private String raw(String html) {
    if (!unsafe) return "<!-- raw HTML omitted -->";
    return tagfilter ? FILTERED.matcher(html).replaceAll("&lt;$1") : html;
  }

  private final class Renderer implements NodeRenderer {
    private final HtmlWriter html;
    private final HtmlNodeRendererContext context;

    Renderer(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class, HtmlBlock.class, HtmlInline.class,
          Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof FencedCodeBlock f) {
        String info = f.getInfo() == null ? "" : f.getInfo().strip();
        String lang = info.isEmpty() ? null : info.split("\\s+")[0];
        codeBlock(f.getLiteral(), lang);
      } else if (node instanceof IndentedCodeBlock c) {
        codeBlock(c.getLiteral(), null);
      } else if (node instanceof HtmlBlock b) {
        html.line();
        html.raw(raw(b.getLiteral().endsWith("\n") ? b.getLiteral().substring(0, b.getLiteral().length() - 1) : b.getLiteral()));
        html.line();
      } else if (node instanceof HtmlInline i) {
        html.raw(raw(i.getLiteral()));
      } else if (node instanceof Link l) {
        java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>();
        attrs.put("href", context.encodeUrl(l.getDestination()));
        if (l.getTitle() != null && !l.getTitle().isEmpty()) attrs.put("title", l.getTitle());
        html.tag("a", attrs);
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) context.render(c);
        html.tag("/a");
      } else if (node instanceof Image img) {
        java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>();
        attrs.put("src", context.encodeUrl(img.getDestination()));
        StringBuilder alt = new StringBuilder();
        altText(img, alt);
        attrs.put("alt", alt.toString());
        if (img.getTitle() != null && !img.getTitle().isEmpty()) attrs.put("title", img.getTitle());
        html.tag("img", attrs, true);
      }
    }

    private void altText(Node node, StringBuilder alt) {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Text t) alt.append(t.getLiteral());
        else if (c instanceof SoftLineBreak) alt.append('\n');
        else if (!(c instanceof HardLineBreak)) altText(c, alt);
      }
    }

    private void codeBlock(String code, String lang) {
      html.line();
      StringBuilder sb = new StringBuilder("<div class=\"");
      if (lang != null) sb.append("language-").append(lang).append(' ');
      sb.append("highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"");
      String data = lang == null ? "" : " data-lang=\"" + lang + "\"";
      if (githubPreLang) sb.append(data).append("><code>");
      else sb.append("><code").append(data).append('>');
      sb.append(highlighter.highlight(code, lang)).append("</code></pre></div></div>");
      html.raw(sb.toString());
      html.line();
    }
  }
}

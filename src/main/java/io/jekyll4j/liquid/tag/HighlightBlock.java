package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.parse.Origin;
import io.jekyll4j.highlight.Highlighter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

/**
 * Jekyll's {@code {% highlight lang [linenos] %}}: the Liquid inside is rendered, leading and
 * trailing line breaks are trimmed, and the code is highlighted (unknown languages as plain
 * text) inside Jekyll's {@code <figure class="highlight">} wrapper.
 */
public final class HighlightBlock extends Block {
  /** Jekyll's syntax: a language, then options such as {@code linenos} or {@code hl_lines="1 2"}. */
  static final Pattern SYNTAX =
      Pattern.compile("^([a-zA-Z0-9.+#_-]+)((\\s+\\w+(=(\\w+|\"([0-9]+\\s)*[0-9]+\"))?)*)$");

  private static final Pattern LINENOS = Pattern.compile("\\blinenos\\b");

  private final Highlighter highlighter;

  public HighlightBlock(Highlighter highlighter) {
    super("highlight");
    this.highlighter = highlighter;
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    Origin origin = Origin.of(nodes[0].render(context));
    String markup = origin.markup().strip();
    Matcher m = SYNTAX.matcher(markup);
    if (!m.matches()) {
      throw Failures.at(origin, "Syntax Error in tag 'highlight' while parsing the following markup:\n\n  "
          + markup + "\n\nValid syntax: highlight <lang> [linenos]\n");
    }
    String lang = m.group(1);
    boolean linenos = m.group(2) != null && LINENOS.matcher(m.group(2)).find();
    Object body = nodes[nodes.length - 1].render(context);
    return highlighter.highlightTag(body == null ? "" : String.valueOf(body), lang, linenos);
  }
}

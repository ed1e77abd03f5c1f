package io.jekyll4j.liquid.tag;

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
  private static final Pattern EDGE_NEWLINES = Pattern.compile("\\A[\\n\\r]+|[\\n\\r]+\\z");

  private final Highlighter highlighter;

  public HighlightBlock(Highlighter highlighter) {
    super(TagMarkup.PREFIX + "highlight");
    this.highlighter = highlighter;
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    TagMarkup.Origin origin = TagMarkup.decode(nodes[0].render(context));
    String markup = origin.markup().strip();
    Matcher m = SYNTAX.matcher(markup);
    if (!m.matches()) {
      throw Failures.at(origin, "Syntax Error in tag 'highlight' while parsing the following markup:\n\n  "
          + markup + "\n\nValid syntax: highlight <lang> [linenos]\n");
    }
    String lang = m.group(1).toLowerCase(java.util.Locale.ROOT);
    boolean linenos = m.group(2) != null && LINENOS.matcher(m.group(2)).find();
    Object body = nodes[nodes.length - 1].render(context);
    String code = body == null ? "" : String.valueOf(body);
    code = EDGE_NEWLINES.matcher(code).replaceAll("");
    String html = highlighter.highlight(code, lang);
    if (linenos) html = table(html);
    String chomped = html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    return "<figure class=\"highlight\"><pre><code class=\"language-" + lang.replace('+', '-')
        + "\" data-lang=\"" + lang + "\">" + chomped + "</code></pre></figure>";
  }

  /** Rouge's legacy line-number table around highlighted code. */
  private static String table(String html) {
    String code = html.endsWith("\n") ? html : html + "\n";
    int lines = (int) code.chars().filter(c -> c == '\n').count();
    StringBuilder gutter = new StringBuilder();
    for (int i = 1; i <= lines; i++) gutter.append(i).append('\n');
    return "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">" + gutter
        + "</pre></td><td class=\"code\"><pre>" + code + "</pre></td></tr></tbody></table>";
  }
}

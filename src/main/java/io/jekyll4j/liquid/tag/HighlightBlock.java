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
  private final java.util.function.Consumer<String> warnings;

  public HighlightBlock(Highlighter highlighter) {
    this(highlighter, w -> { });
  }

  /** A highlight tag whose warnings (the {@code pygments} highlighter's) go to {@code warnings}. */
  public HighlightBlock(Highlighter highlighter, java.util.function.Consumer<String> warnings) {
    super("highlight");
    this.highlighter = highlighter;
    this.warnings = warnings;
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
    String code = body == null ? "" : String.valueOf(body);
    // Jekyll renders with the site's highlighter: rouge; pygments (gone: Rouge, with a warning);
    // any other name writes the code escaped and unhighlighted
    Object site = io.jekyll4j.liquid.drop.Drops.siteOf(context.get("site"))
        .map(s -> s.config().get("highlighter")).orElse("rouge");
    if ("pygments".equals(site)) {
      warnings.accept("Warning: Highlight Tag no longer supports rendering with Pygments.\n"
          + "Using the default highlighter, Rouge, instead.");
    } else if (site != null && !"rouge".equals(site)) {
      return highlighter.plainTag(code, lang);
    }
    return highlighter.highlightTag(code, lang, linenos);
  }
}

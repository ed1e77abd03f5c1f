package io.jekyll4j.convert.kramdown;

import io.jekyll4j.highlight.Highlighter;

/**
 * Writes a kramdown tree as HTML: a document's root {@link KNode} is written by {@link HtmlWriter}
 * (kramdown's output needs the whole tree at once: footnotes and the table of contents are placed
 * after the body is written).
 */
public final class KramdownNodeRenderer {
  private KramdownNodeRenderer() {}

  /** The HTML of a parsed document (its root, with its {@code kramdown_options}). */
  public static String html(KNode root, Highlighter highlighter) {
    KramdownOptions options = (KramdownOptions) root.options.get("kramdown_options");
    return new HtmlWriter(options, new CodeWriter(highlighter, options), root).write();
  }
}

package io.jekyll4j.convert;

import io.jekyll4j.highlight.Highlighter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the Markdown converter by the site's {@code markdown:} setting, as Jekyll does:
 * kramdown by default, {@code CommonMark} for the jekyll-commonmark plugin; any other name fails
 * the first Markdown conversion, as in Jekyll.
 */
public final class ConverterRegistry {
  private final Converter markdown;

  public ConverterRegistry(Map<String, Object> siteConfig, Highlighter highlighter) {
    Object name = siteConfig == null ? null : siteConfig.get("markdown");
    String n = name == null ? "kramdown" : name.toString().toLowerCase(Locale.ROOT);
    if (n.equals("commonmark") || n.equals("commonmarkghpages")) {
      this.markdown = new CommonMarkConverter(siteConfig, highlighter);
    } else if (n.equals("kramdown")) {
      this.markdown = new KramdownConverter(siteConfig, highlighter);
    } else {
      this.markdown = new InvalidMarkdownConverter(name.toString(), siteConfig);
    }
  }

  /** The Markdown converter the site uses. */
  public Converter markdown() {
    return markdown;
  }

  /** The converter for a file extension (with the dot), if it is Markdown. */
  public Optional<Converter> forExtension(String extension) {
    return markdown.matches(extension) ? Optional.of(markdown) : Optional.empty();
  }
}

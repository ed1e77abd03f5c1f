package io.jekyll4j.convert;

import io.jekyll4j.highlight.Highlighter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the Markdown converter by the site's {@code markdown:} setting, as Jekyll does:
 * kramdown by default, {@code CommonMark} for the jekyll-commonmark plugin.
 */
public final class ConverterRegistry {
  private final Converter markdown;

  public ConverterRegistry(Map<String, Object> siteConfig, Highlighter highlighter) {
    Object name = siteConfig == null ? null : siteConfig.get("markdown");
    String n = name == null ? "kramdown" : name.toString().toLowerCase(Locale.ROOT);
    this.markdown = n.equals("commonmark") || n.equals("commonmarkghpages")
        ? new CommonMarkConverter(siteConfig, highlighter)
        : new KramdownConverter(siteConfig, highlighter);
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

package io.jekyll4j.convert;

import io.jekyll4j.convert.kramdown.KNode;
import io.jekyll4j.convert.kramdown.KramdownNodeRenderer;
import io.jekyll4j.convert.kramdown.KramdownOptions;
import io.jekyll4j.convert.kramdown.KramdownParser;
import io.jekyll4j.highlight.Highlighter;
import java.util.List;
import java.util.Map;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Jekyll's default Markdown converter: kramdown with the GFM parser and Jekyll's kramdown
 * options, producing the HTML kramdown produces (ids, typography, footnotes, tables, code
 * wrappers), since every Jekyll site's CSS and links were written against that HTML. Also backs
 * the {@code markdownify} and {@code smartify} filters. Immutable and thread-safe.
 */
public final class KramdownConverter implements Converter {
  private final KramdownOptions options;
  private final KramdownOptions smartyOptions;
  private final List<String> extensions;
  private final HtmlRenderer renderer;

  public KramdownConverter(Map<String, Object> siteConfig, Highlighter highlighter) {
    this.options = KramdownOptions.fromSiteConfig(siteConfig);
    this.smartyOptions = options.smartyPants();
    this.extensions = MarkdownExtensions.of(siteConfig);
    this.renderer = HtmlRenderer.builder()
        .nodeRendererFactory(ctx -> new KramdownNodeRenderer(ctx, highlighter))
        .build();
  }

  @Override
  public boolean matches(String extension) {
    return extensions.contains(extension.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String outputExtension(String extension) {
    return ".html";
  }

  @Override
  public String convert(String content) {
    return render(options.copy(), content);
  }

  /** Jekyll's {@code markdownify} filter. */
  public String markdownify(String content) {
    return convert(content);
  }

  /** Jekyll's {@code smartify} filter: kramdown's SmartyPants parser on the text, chomped. */
  public String smartify(String text) {
    String html = render(smartyOptions.copy(), text);
    return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
  }

  private String render(KramdownOptions documentOptions, String content) {
    KNode root = new KramdownParser(documentOptions).parse(content);
    root.options.put("kramdown_options", documentOptions);
    return renderer.render(root.link());
  }
}

package io.jekyll4j.convert;

import io.jekyll4j.convert.kramdown.KNode;
import io.jekyll4j.convert.kramdown.KramdownNodeRenderer;
import io.jekyll4j.convert.kramdown.KramdownOptions;
import io.jekyll4j.convert.kramdown.KramdownParser;
import io.jekyll4j.convert.kramdown.MatcherPool;
import io.jekyll4j.highlight.Highlighter;
import java.util.List;
import java.util.Map;

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
  private final Highlighter highlighter;
  /** Regex matchers reused from one document to the next, per converting thread. */
  private final ThreadLocal<MatcherPool> matchers = ThreadLocal.withInitial(MatcherPool::new);

  public KramdownConverter(Map<String, Object> siteConfig, Highlighter highlighter) {
    this.options = KramdownOptions.fromSiteConfig(siteConfig);
    this.smartyOptions = options.smartyPants();
    this.extensions = MarkdownExtensions.of(siteConfig);
    this.highlighter = highlighter;
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
    return render(options, content);
  }

  /** Jekyll's {@code markdownify} filter. */
  public String markdownify(String content) {
    return convert(content);
  }

  /** Jekyll's {@code smartify} filter: kramdown's SmartyPants parser on the text, chomped. */
  public String smartify(String text) {
    String html = render(smartyOptions, text);
    return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
  }

  /**
   * kramdown's parser and writer recurse once per level of nesting (block quotes, lists, HTML
   * elements, spans); a document nested deeper than the thread's stack allows is converted again
   * on a thread with a large stack instead of failing.
   */
  private static final long DEEP_STACK_BYTES = 1L << 30;

  private String render(KramdownOptions documentOptions, String content) {
    try {
      return renderOnce(documentOptions.copy(), content);
    } catch (StackOverflowError e) {
      return renderOnDeepStack(documentOptions, content);
    }
  }

  private String renderOnce(KramdownOptions documentOptions, String content) {
    KNode root = new KramdownParser(documentOptions, matchers.get()).parse(content);
    root.options.put("kramdown_options", documentOptions);
    // KramdownNodeRenderer writes the whole tree from KNode.children
    return KramdownNodeRenderer.html(root, highlighter);
  }

  private String renderOnDeepStack(KramdownOptions documentOptions, String content) {
    String[] result = new String[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = renderOnce(documentOptions.copy(), content);
      } catch (RuntimeException e) {
        failure[0] = e;
      }
    }, "kramdown-deep", DEEP_STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while converting a deeply nested document", e);
    }
    if (failure[0] != null) throw failure[0];
    if (result[0] == null) throw new IllegalStateException("Markdown nested too deeply to convert");
    return result[0];
  }
}

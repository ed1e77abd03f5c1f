package io.jekyll4j.convert;

import io.jekyll4j.highlight.Highlighter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The {@code markdown: CommonMark} converter, giving what the jekyll-commonmark plugin (1.4,
 * on commonmarker 0.23) gives: CommonMark, raw HTML omitted unless the {@code UNSAFE} option is
 * set, fenced code highlighted with Rouge in jekyll-commonmark's wrapper, and the {@code
 * commonmark: {options: [...], extensions: [...]}} settings it supports ({@code table},
 * {@code strikethrough}, {@code tagfilter}; {@code UNSAFE}, {@code HARDBREAKS}, {@code NOBREAKS},
 * {@code GITHUB_PRE_LANG}). Immutable and thread-safe.
 */
public final class CommonMarkConverter implements Converter {
  private final List<String> extensions;
  private final Parser parser;
  private final HtmlRenderer renderer;

  public CommonMarkConverter(Map<String, Object> siteConfig, Highlighter highlighter) {
    this.extensions = MarkdownExtensions.of(siteConfig);
    Set<String> opts = Set.copyOf(upper(setting(siteConfig, "options")));
    List<String> exts = setting(siteConfig, "extensions");
    List<Extension> enabled = new ArrayList<>();
    if (exts.contains("table")) enabled.add(TablesExtension.create());
    if (exts.contains("strikethrough")) enabled.add(StrikethroughExtension.create());
    this.parser = Parser.builder().extensions(enabled).build();
    String softbreak = opts.contains("HARDBREAKS") ? "<br />\n" : opts.contains("NOBREAKS") ? " " : "\n";
    CommonMarkRendering rendering = new CommonMarkRendering(
        highlighter, opts.contains("UNSAFE"), exts.contains("tagfilter"), opts.contains("GITHUB_PRE_LANG"));
    this.renderer = HtmlRenderer.builder()
        .extensions(enabled)
        .softbreak(softbreak)
        .percentEncodeUrls(true)
        .nodeRendererFactory(rendering::renderer)
        .build();
  }

  private static List<String> setting(Map<String, Object> site, String key) {
    List<String> out = new ArrayList<>();
    if (site != null && site.get("commonmark") instanceof Map<?, ?> cm && cm.get(key) instanceof List<?> l) {
      for (Object o : l) out.add(String.valueOf(o));
    }
    return out;
  }

  private static List<String> upper(List<String> in) {
    return in.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
  }

  @Override
  public boolean matches(String extension) {
    return extensions.contains(extension.toLowerCase(Locale.ROOT));
  }

  @Override
  public String outputExtension(String extension) {
    return ".html";
  }

  @Override
  public String convert(String content) {
    return renderer.render(parser.parse(content));
  }
}

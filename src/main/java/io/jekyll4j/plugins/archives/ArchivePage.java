package io.jekyll4j.plugins.archives;

import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.PageView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One jekyll-archives page: no source file and no content, written where its type's permalink
 * template puts it ({@code index.html} inside a folder URL), rendered with its type's layout.
 * Liquid sees its data ({@code layout}) and the gem's own attributes: {@code posts}, {@code
 * type}, {@code title} (tags and categories), {@code date} (date archives), {@code name}, {@code
 * path}, {@code url} and {@code permalink} (always nil), over the front matter defaults for its
 * path and type, which only Liquid sees (the page's own data is just its layout).
 */
final class ArchivePage {
  private ArchivePage() {}

  static PageView of(GenerateContext context, ArchiveOptions options, String type, Map<String, String> placeholders,
      String title, LocalDate date, List<DocumentView> posts) {
    String url = context.expandUrl(options.permalinkOf(type), placeholders);
    String path = context.unescapePath(url).replaceFirst("^/", "");
    if (url.endsWith("/")) path = path + "index.html";
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("layout", options.layoutOf(type));
    data.put("permalink", url);
    // Jekyll's Convertible#to_liquid: the front matter defaults for the path and the archive's
    // type ("tag", "year"...), under the data, under the gem's attributes
    Map<String, Object> liquid = new LinkedHashMap<>(options.defaults(path, type));
    liquid.put("layout", options.layoutOf(type));
    liquid.put("posts", posts);
    liquid.put("type", type);
    liquid.put("title", title);
    liquid.put("date", date);
    liquid.put("name", baseName(path));
    liquid.put("path", path);
    liquid.put("url", url);
    liquid.put("permalink", null);
    return context.setLiquid(context.addPageAsIs(path, data, ""), liquid);
  }

  /** Ruby's {@code File.basename(path, File.extname(path))}. */
  private static String baseName(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot > 0 ? last.substring(0, dot) : last;
  }
}

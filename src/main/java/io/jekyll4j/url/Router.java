package io.jekyll4j.url;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.StaticFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Assigns URLs and output paths with Jekyll's rules (Page#url, Document#url, their {@code
 * destination}). {@code outputExtension} maps a source extension to the converter's output
 * extension ({@code .md} to {@code .html}); it comes from the converters, which this package does
 * not know.
 */
public final class Router {
  private static final List<String> HTML_EXTENSIONS = List.of(".html", ".xhtml", ".htm");
  private final SiteConfig config;
  private final UnaryOperator<String> outputExtension;

  public Router(SiteConfig config, UnaryOperator<String> outputExtension) {
    this.config = config;
    this.outputExtension = outputExtension;
  }

  /** The output extension of an item: the permalink's own, else the converter's. */
  public String outputExt(Convertible item) {
    Object permalink = item.data().get("permalink");
    if (permalink instanceof String p && !p.endsWith("/")) {
      String last = p.substring(p.lastIndexOf('/') + 1);
      int dot = last.lastIndexOf('.');
      if (dot >= 0 && dot < last.length() - 1) return last.substring(dot);
    }
    return outputExtension.apply(item.extension());
  }

  /** The URL of a page or document. */
  public String url(Convertible item) {
    if (item instanceof Document d) return documentUrl(d);
    return pageUrl((Page) item);
  }

  private String pageUrl(Page page) {
    Object permalink = page.data().get("permalink");
    String ext = outputExt(page);
    Map<String, String> placeholders = new LinkedHashMap<>();
    String dir = page.sourceDir();
    placeholders.put("path", dir.equals("/") ? "" : dir.substring(0, dir.length() - 1));
    // Page#process: the basename loses its trailing dots ("foo..md" is /foo.html)
    String basename = page.basename().replaceAll("\\.*$", "");
    placeholders.put("basename", basename);
    placeholders.put("output_ext", ext);
    String template;
    if (permalink instanceof String p) {
      template = p;
    } else if (!HTML_EXTENSIONS.contains(ext)) {
      template = "/:path/:basename:output_ext";
    } else if (basename.equals("index")) {
      template = "/:path/";
    } else {
      template = addPermalinkSuffix("/:path/:basename", config.string("permalink", "date"));
    }
    return UrlTemplate.expandLoose(template, placeholders);
  }

  private String documentUrl(Document doc) {
    Object permalink = doc.data().get("permalink");
    String template = permalink instanceof String p ? p : collectionTemplate(doc.collection());
    return UrlTemplate.expandStrict(template, UrlPlaceholders.of(doc, outputExt(doc)), doc.relativePath());
  }

  /** Jekyll's {@code Collection#url_template}. */
  private String collectionTemplate(String label) {
    Object t = config.collection(label).map(m -> m.get("permalink")).orElse(null);
    return t != null ? String.valueOf(t) : addPermalinkSuffix("/:collection/:path", config.string("permalink", "date"));
  }

  /**
   * The URL of a static file: its path for site files; for collection files, the collection's
   * template expanded with Jekyll's static placeholders ({@code StaticFile#url}).
   */
  public String url(StaticFile file) {
    if (file.collection().isEmpty()) return file.url();
    String ext = file.extension();
    Map<String, String> placeholders = new LinkedHashMap<>();
    placeholders.put("collection", file.collection());
    placeholders.put("path", UrlPlaceholders.cleanedRelativePath(file.jekyllPath(), ext, file.collection()));
    placeholders.put("output_ext", "");
    placeholders.put("name", file.basename().replaceAll("\\.*$", ""));
    placeholders.put("title", "");
    String base = UrlTemplate.expandLoose(collectionTemplate(file.collection()), placeholders);
    if (base.endsWith("/")) base = base.substring(0, base.length() - 1);
    return base + ext;
  }

  /** Jekyll's {@code Utils.add_permalink_suffix}. */
  static String addPermalinkSuffix(String template, String style) {
    return switch (style) {
      case "pretty" -> template + "/";
      case "date", "ordinal", "none" -> template + ":output_ext";
      default -> {
        String t = template;
        if (style.endsWith("/")) t += "/";
        if (style.endsWith(":output_ext")) t += ":output_ext";
        yield t;
      }
    };
  }

  /**
   * The output file, relative to the destination, for a URL: folders get {@code index.html},
   * and the output extension is added when the URL lacks it.
   */
  public static String outputPath(String url, String outputExt, boolean document) {
    String path = UrlTemplate.unescapePath(url);
    if (path.endsWith("/")) {
      path = path + (document ? "index.html" : "index" + outputExt);
      if (!document && !path.endsWith(outputExt)) path += outputExt;
    } else if (!path.endsWith(outputExt)) {
      path = path + outputExt;
    }
    while (path.startsWith("/")) path = path.substring(1);
    return path;
  }
}

package io.jekyll4j.plugins.ghpages;

import io.jekyll4j.build.PluginPage;
import io.jekyll4j.build.WriteOrder;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the GitHub Pages content plugins (optional front matter, readme index, default layout,
 * titles from headings, relative links) share: their config options, Jekyll's Markdown extension
 * test, the documents Jekyll writes, and turning a static file into a page or an item into a copy
 * with new front matter or body (the read site is never changed in place).
 */
public final class GhPagesSite {
  private GhPagesSite() {}

  /** {@code site.config[key][option]}, or null when either is missing. */
  public static Object option(SiteConfig config, String key, String option) {
    Object section = config.get(key);
    return section instanceof Map<?, ?> m ? m.get(option) : null;
  }

  /** Jekyll's {@code Markdown#matches}: the extension is one of {@code markdown_ext}. */
  public static boolean markdown(SiteConfig config, String extension) {
    return config.markdownExtensions().contains(extension.toLowerCase(Locale.ROOT));
  }

  /**
   * A static file read as a page (Jekyll's {@code Page.new} on a file without front matter); a
   * collection's file becomes a page too, at its path under {@code _label/}.
   */
  public static Page pageOf(SiteConfig config, StaticFile file, Map<String, Object> own) {
    String text;
    try {
      text = Files.readString(file.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildException(SourceLocation.of(file.relativePath()), "Cannot read " + file.relativePath(), e);
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    // a collection's file keeps its path from the collections folder, as Jekyll's page gets it
    String path = file.collection().isEmpty() ? file.relativePath() : file.jekyllPath();
    return PluginPage.of(config, path, own, text);
  }

  /**
   * A copy of {@code item} with this front matter and body. When asked, a document's excerpt is
   * cut again from the new body, even over an {@code excerpt} of its front matter, as the plugins
   * replace it.
   */
  public static Convertible copy(Convertible item, Map<String, Object> data, String body, boolean newExcerpt) {
    if (item instanceof Document d) {
      if (!newExcerpt) return d.rewritten(data, body);
      // the plugins set a new Excerpt over one the front matter gave
      Map<String, Object> fresh = new java.util.LinkedHashMap<>(data);
      Object own = fresh.get("excerpt");
      if (own != null && !Boolean.FALSE.equals(own)) fresh.remove("excerpt");
      return new Document(d.relativePath(), fresh, body, d.bodyLine(), d.collection(), d.pathInCollection(),
          d.date(), d.slug(), d.categories(), d.tags(), d.draft(), d.jekyllRelativePath(), d.dated());
    }
    return new Page(item.relativePath(), data, body, item.bodyLine());
  }

  /** Jekyll's {@code site.docs_to_write}: documents whose collection writes, not in the future. */
  public static List<Document> docsToWrite(Site site, boolean future) {
    return site.documents().stream()
        .filter(d -> WriteOrder.writes(site.config(), d, future, site.time()))
        .toList();
  }

  /** The site with these pages and collections, everything else as it was. */
  public static Site with(Site site, List<Page> pages, Map<String, List<Document>> collections, List<StaticFile> statics) {
    return new Site(site.config(), site.time(), List.copyOf(pages), collections, List.copyOf(statics),
        site.layouts(), site.data());
  }
}

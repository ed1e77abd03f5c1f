package io.jekyll4j.plugin;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link Generator} may see and do: the site as read (and as earlier generators left it),
 * and the additions Jekyll's generators make (a {@code PageWithoutAFile}, a document in a
 * collection, an entry in {@code site.data}). Additions are visible to later generators.
 */
public interface GenerateContext {
  /** The site as read, with what earlier generators added. */
  SiteView site();

  /** The site's source folder. */
  Path source();

  /** {@code JEKYLL_ENV} ({@code development} unless set). */
  String environment();

  /**
   * Adds a page without a source file (Jekyll's {@code PageWithoutAFile}) at {@code path}
   * (relative to the source, e.g. {@code tags/java.html}): {@code data} is its front matter (the
   * site's front matter defaults for that path fill in what it leaves out), {@code content} its
   * body, which renders (Liquid, converter, layout) like any page's.
   */
  PageView addPage(String path, Map<String, Object> data, String content);

  /**
   * Adds a document to the collection {@code collection} (which must exist), as if read from
   * {@code path} (e.g. {@code _posts/2024-01-01-hello.md}).
   */
  DocumentView addDocument(String collection, String path, Map<String, Object> data, String content);

  /**
   * Gives a page or document of the site new front matter and body, as a Ruby generator sets
   * {@code page.data[...]} and {@code page.content}; returns the item's new view (the view passed
   * in keeps showing the item as it was). A document's excerpt is still cut from the body it was
   * read with, unless {@link #excerptAgain} is asked.
   */
  <T extends ItemView> T update(T item, Map<String, Object> data, String body);

  /**
   * Cuts the document's excerpt again from its current body, over an {@code excerpt} its front
   * matter gave (Jekyll's {@code doc.data["excerpt"] = Jekyll::Excerpt.new(doc)}); returns its new
   * view.
   */
  DocumentView excerptAgain(DocumentView document);

  /** Removes a static file from the site (it is not written). */
  void removeStaticFile(StaticFileView file);

  /** Sets {@code site.data[key]} (replacing what a data file gave). */
  void putData(String key, Object value);

  /** The URL the page or document will have (its permalink, resolved). */
  String urlOf(ItemView item);

  /** The URL a static file is written at (a collection's file by its collection's permalink). */
  String urlOf(StaticFileView file);

  /** Jekyll's {@code relative_url} of {@code url}, with the site's {@code baseurl}. */
  String relativeUrl(String url);

  /** Converts Markdown as the site's Markdown converter does ({@code markdownify}). */
  String markdownify(String markdown);

  /** Prints a build warning. */
  void warn(String message);
}

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

  /** Sets {@code site.data[key]} (replacing what a data file gave). */
  void putData(String key, Object value);

  /** The URL the page or document will have (its permalink, resolved). */
  String urlOf(ItemView item);

  /** Converts Markdown as the site's Markdown converter does ({@code markdownify}). */
  String markdownify(String markdown);

  /** Prints a build warning. */
  void warn(String message);
}

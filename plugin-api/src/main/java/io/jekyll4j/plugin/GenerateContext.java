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
   * As {@link #addPage}, without the front matter defaults: a page of a plugin's own class rather
   * than a {@code Jekyll::Page} (jekyll-archives' {@code Archive}), whose data is only what the
   * plugin gives.
   */
  PageView addPageAsIs(String path, Map<String, Object> data, String content);

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

  /**
   * Puts {@code page} in charge of a post listing (jekyll-paginate's {@code page.pager = pager}):
   * it renders with {@code paginator} set to {@code pager}. With {@code dir} (a URL folder such as
   * {@code /page2/}) a copy of the page is added there (Jekyll's {@code page.dir}) and {@code page}
   * stays as it is; without, the page itself is replaced. Returns the paginated page's view.
   */
  PageView paginate(PageView page, Pager pager, java.util.Optional<String> dir);

  /** Removes a static file from the site (it is not written). */
  void removeStaticFile(StaticFileView file);

  /**
   * What Liquid sees as {@code page} for {@code page}, instead of its front matter and Jekyll's
   * page attributes: a Ruby plugin's own {@code to_liquid} ({@code ATTRIBUTES_FOR_LIQUID}), as
   * jekyll-archives gives its pages {@code posts}, {@code type} and {@code title}. Values may hold
   * pages and documents of the site (their views); returns the page's new view.
   */
  PageView setLiquid(PageView page, Map<String, Object> attributes);

  /** The front matter {@code defaults} that apply to {@code path} (relative to the source) for {@code type}. */
  Map<String, Object> frontMatterDefaults(String path, String type);

  /**
   * Sets the top-level configuration key {@code key} for the rest of the build ({@code
   * site.config[key] = value} in a Ruby generator; Liquid's {@code site.KEY}). Values may hold pages
   * and documents of the site (their views).
   */
  void putConfig(String key, Object value);

  /** Jekyll's {@code Utils.slugify} in its default mode ({@code "Hello World!"} → {@code hello-world}). */
  String slugify(String text);

  /**
   * Jekyll's {@code URL.new(template:, placeholders:).to_s}: each placeholder ({@code :name}) of
   * {@code template} replaced, in order, by its value, escaped as a URL path; a null value removes
   * {@code /:name}.
   */
  String expandUrl(String template, Map<String, String> placeholders);

  /** Jekyll's {@code URL.unescape_path}: a URL's path percent-decoded, as its output file is named. */
  String unescapePath(String url);

  /** Sets {@code site.data[key]} (replacing what a data file gave). */
  void putData(String key, Object value);

  /** The URL the page or document will have (its permalink, resolved). */
  String urlOf(ItemView item);

  /** The URL a static file is written at (a collection's file by its collection's permalink). */
  String urlOf(StaticFileView file);

  /** Jekyll's {@code relative_url} of {@code url}, with the site's {@code baseurl}. */
  String relativeUrl(String url);

  /** Jekyll's {@code absolute_url} of {@code url}, with the site's {@code url} and {@code baseurl}. */
  String absoluteUrl(String url);

  /** Jekyll's {@code jsonify} of a value (maps, lists, strings, numbers, booleans, null). */
  String jsonify(Object value);

  /**
   * Adds (or replaces) the layout {@code name} with this Liquid text and no front matter, as a
   * plugin brings its own layout ({@code site.layouts["redirect"] = ...}).
   */
  void putLayout(String name, String content);

  /** Converts Markdown as the site's Markdown converter does ({@code markdownify}). */
  String markdownify(String markdown);

  /** Prints a build warning. */
  void warn(String message);
}

package io.jekyll4j.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A file of a collection ({@code _posts/2024-01-01-hello.md}, {@code _recipes/soup.md}). Posts are
 * documents of the {@code posts} collection; drafts are posts read from {@code _drafts}.
 */
public final class Document extends Convertible {
  private final String collection;
  private final String pathInCollection;
  private final ZonedDateTime date;
  private final String slug;
  private final List<String> categories;
  private final List<String> tags;
  private final boolean draft;
  private final String jekyllRelativePath;
  private final boolean dated;
  /** The body as read; null while it is the body itself, read later ({@link LazyBody}). */
  private final String excerptBody;
  private String excerpt;
  private java.util.function.Supplier<String> excerptSource;
  private boolean excerptBusy;

  public Document(
      String relativePath,
      Map<String, Object> data,
      String body,
      int bodyLine,
      String collection,
      String pathInCollection,
      ZonedDateTime date,
      String slug,
      List<String> categories,
      List<String> tags,
      boolean draft,
      String jekyllRelativePath,
      boolean dated) {
    this(relativePath, data, body, null, bodyLine, collection, pathInCollection, date, slug, categories, tags, draft,
        jekyllRelativePath, dated);
  }

  /** A document whose body is read from its file when first asked for. */
  public Document(
      String relativePath,
      Map<String, Object> data,
      LazyBody body,
      int bodyLine,
      String collection,
      String pathInCollection,
      ZonedDateTime date,
      String slug,
      List<String> categories,
      List<String> tags,
      boolean draft,
      String jekyllRelativePath,
      boolean dated) {
    this(relativePath, data, null, body, bodyLine, collection, pathInCollection, date, slug, categories, tags, draft,
        jekyllRelativePath, dated);
  }

  /** The body is {@code body}, or when that is null {@code lazyBody}'s. */
  private Document(String relativePath, Map<String, Object> data, String body, LazyBody lazyBody, int bodyLine,
      String collection, String pathInCollection, ZonedDateTime date, String slug, List<String> categories,
      List<String> tags, boolean draft, String jekyllRelativePath, boolean dated) {
    super(relativePath, data, body, lazyBody, bodyLine);
    this.collection = collection;
    this.pathInCollection = pathInCollection;
    this.date = date;
    this.slug = slug;
    this.categories = List.copyOf(categories);
    this.tags = List.copyOf(tags);
    this.draft = draft;
    this.jekyllRelativePath = jekyllRelativePath;
    this.dated = dated;
    this.excerptBody = body;
  }

  private Document(Document read, Map<String, Object> data, String body) {
    super(read.relativePath(), data, body, read.bodyLine());
    this.collection = read.collection;
    this.pathInCollection = read.pathInCollection;
    this.date = read.date;
    this.slug = read.slug;
    this.categories = read.categories;
    this.tags = read.tags;
    this.draft = read.draft;
    this.jekyllRelativePath = read.jekyllRelativePath;
    this.dated = read.dated;
    this.excerptBody = read.excerptBody();
  }

  /**
   * A copy with this front matter and body, for a generator that rewrites a document
   * (jekyll-redirect-from's {@code redirect_to}). Its excerpt is still cut from the body as read,
   * as Jekyll cuts it when reading, before generators run.
   */
  public Document rewritten(Map<String, Object> data, String body) {
    return new Document(this, data, body);
  }

  /** The text the excerpt is cut from: the body as read. */
  public String excerptBody() {
    return excerptBody != null ? excerptBody : body();
  }

  /**
   * Jekyll's {@code relative_path}: the path from the collections folder ({@code
   * collections_dir}, or the source), e.g. {@code _recipes/soup.md}. What Liquid and front-matter
   * defaults see; {@link #relativePath()} stays source-relative.
   */
  public String jekyllRelativePath() {
    return jekyllRelativePath;
  }

  /**
   * Whether the document had a date when Jekyll sorts documents (front matter, defaults or a
   * dated file name). Undated documents (drafts, most collection documents) sort by path.
   */
  public boolean dated() {
    return dated;
  }

  public String collection() {
    return collection;
  }

  /** Path inside the collection folder, e.g. {@code 2024-01-01-hello.md} or {@code sub/x.md}. */
  public String pathInCollection() {
    return pathInCollection;
  }

  public ZonedDateTime date() {
    return date;
  }

  public String slug() {
    return slug;
  }

  public List<String> categories() {
    return categories;
  }

  public List<String> tags() {
    return tags;
  }

  public boolean draft() {
    return draft;
  }

  /**
   * The rendered excerpt (HTML), computed on first use as Jekyll's lazy {@code Excerpt#output}
   * is; null when there is none, or while it is being computed (an excerpt reading itself).
   */
  public synchronized String excerpt() {
    if (excerpt == null && excerptSource != null && !excerptBusy) {
      excerptBusy = true;
      try {
        excerpt = excerptSource.get();
      } finally {
        excerptBusy = false;
      }
    }
    return excerpt;
  }

  /** Sets how the excerpt is computed; the render phase calls it before rendering anything. */
  public synchronized void setExcerptSource(java.util.function.Supplier<String> source) {
    this.excerpt = null;
    this.excerptSource = source;
  }
}

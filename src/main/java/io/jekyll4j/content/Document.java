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
  private volatile String excerpt;

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
      boolean draft) {
    super(relativePath, data, body, bodyLine);
    this.collection = collection;
    this.pathInCollection = pathInCollection;
    this.date = date;
    this.slug = slug;
    this.categories = List.copyOf(categories);
    this.tags = List.copyOf(tags);
    this.draft = draft;
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

  /** The rendered excerpt (HTML), set by the render phase. */
  public String excerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
  }
}

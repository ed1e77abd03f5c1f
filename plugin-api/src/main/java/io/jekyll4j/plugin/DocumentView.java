package io.jekyll4j.plugin;

import java.time.ZonedDateTime;
import java.util.List;

/** A document of a collection ({@code Jekyll::Document}), posts included. */
public interface DocumentView extends ItemView {
  /** The collection's label ({@code posts}). */
  String collection();

  /** The document's date (a post's from its name or front matter; else the file's time). */
  ZonedDateTime date();

  /** The document's tags, as Jekyll reads them. */
  List<String> tags();

  /** The document's categories, as Jekyll reads them. */
  List<String> categories();

  /**
   * Jekyll's {@code relative_path} of a document: from {@code collections_dir} ({@code
   * _posts/2024-01-01-a.md}), where {@link #relativePath()} is from the source.
   */
  String collectionPath();
}

package io.jekyll4j.plugin;

/** A file copied as it is ({@code Jekyll::StaticFile}), read-only. */
public interface StaticFileView {
  /** The path relative to the source ({@code assets/logo.png}). */
  String relativePath();

  /** The URL it is written at. */
  String url();

  /** The extension with its dot ({@code .png}). */
  String extension();

  /** The collection the file belongs to ({@code ""} outside collections). */
  String collection();

  /**
   * Jekyll's {@code relative_path}: {@code /assets/logo.png} for a site file, {@code
   * _recipes/a.png} (from {@code collections_dir}) for a collection's file.
   */
  String path();

  /** The file to read (in the site or in the theme). */
  java.nio.file.Path file();
}

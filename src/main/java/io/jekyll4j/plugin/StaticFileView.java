package io.jekyll4j.plugin;

/** A file copied as it is ({@code Jekyll::StaticFile}), read-only. */
public interface StaticFileView {
  /** The path relative to the source ({@code assets/logo.png}). */
  String relativePath();

  /** The URL it is written at. */
  String url();

  /** The extension with its dot ({@code .png}). */
  String extension();
}

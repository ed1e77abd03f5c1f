package io.jekyll4j.convert;

/**
 * Turns the body of a page or document from one format into another (Markdown to HTML), chosen
 * by the source file's extension, as Jekyll's converters are.
 */
public interface Converter {
  /** Whether this converter handles files with this extension (with the dot, e.g. ".md"). */
  boolean matches(String extension);

  /** The extension of the output, e.g. ".html". */
  String outputExtension(String extension);

  /** Converts a whole body. Implementations are immutable and safe to call from many threads. */
  String convert(String content);
}

package io.jekyll4j.render;


/**
 * The converters of one build as the renderer needs them: for a source extension, the output
 * extension and the conversion. {@code build} assembles it from {@code convert}.
 */
public interface ConverterSet {
  /** The output extension for a source extension (".md" gives ".html"). */
  String outputExtension(String extension);

  /** Converts a body; {@code file} and {@code fileDir} name the source for messages and imports. */
  String convert(String extension, String content, String file, java.nio.file.Path fileDir);

  /** Markdown to HTML, for {@code markdownify} and excerpts. */
  String markdownify(String text);
}

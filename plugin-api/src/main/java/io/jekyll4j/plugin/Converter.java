package io.jekyll4j.plugin;

/**
 * Jekyll's {@code Jekyll::Converter}: turns the body of a page or document, after its Liquid, into
 * output. Converters are tried in {@link #priority()} order; the first that {@link #matches}
 * the file's extension converts it. jekyll4j's own Markdown and Sass converters have {@link
 * Priority#NORMAL} priority: a plugin converter of that or a higher priority is tried first.
 */
public interface Converter extends Plugin {
  /** The order in which converters are tried (default {@link Priority#NORMAL}). */
  default Priority priority() {
    return Priority.NORMAL;
  }

  /** Whether this converter handles files with {@code extension} (with its dot, e.g. {@code .org}). */
  boolean matches(String extension);

  /** The output's extension for a file with {@code extension} (e.g. {@code .html}). */
  String outputExt(String extension);

  /** The converted text. */
  String convert(String content);
}

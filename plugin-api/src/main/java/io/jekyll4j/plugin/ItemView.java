package io.jekyll4j.plugin;

import java.util.Map;
import java.util.Optional;

/**
 * A page or a document, read-only. What is known depends on the moment: the URL is set from
 * the link step on (null in generators: use {@link GenerateContext#urlOf}), the converted
 * content after conversion, the output after rendering.
 */
public interface ItemView {
  /** The path relative to the source, with {@code /} separators ({@code about.md}). */
  String relativePath();

  /** The file name's extension with its dot ({@code .md}), or "". */
  String extension();

  /** Front matter, with the front matter defaults applied (unmodifiable). */
  Map<String, Object> data();

  /** The text after the front matter, before Liquid. */
  String body();

  /** The URL, once the site is linked (else null). */
  String url();

  /** The converted content (before layouts), once converted. */
  Optional<String> content();

  /** The final output, once rendered. */
  Optional<String> output();

  /** The output's extension ({@code .html}), as the converters decide it. */
  String outputExt();

  /** Whether the item is written to the destination (Jekyll's {@code write?}). */
  boolean written();
}

package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.convert.Converter;
import io.jekyll4j.convert.ConverterRegistry;
import io.jekyll4j.convert.KramdownConverter;
import io.jekyll4j.convert.ScssConverter;
import io.jekyll4j.highlight.Highlighter;
import io.jekyll4j.render.ConverterSet;
import java.nio.file.Path;

/**
 * The converters of a build: Markdown (by {@code markdown_ext}), Sass, and identity for the
 * rest, as Jekyll picks them by extension.
 */
final class SiteConverters implements ConverterSet, AutoCloseable {
  private final Converter markdown;
  private final KramdownConverter smartypants;
  private final ScssConverter scss;

  SiteConverters(Path source, SiteConfig config) {
    this(source, config, java.util.Optional.empty());
  }

  /** Converters whose Sass also imports from the theme's Sass folder {@code themeSass}. */
  SiteConverters(Path source, SiteConfig config, java.util.Optional<Path> themeSass) {
    Highlighter highlighter = new Highlighter();
    this.markdown = new ConverterRegistry(config.raw(), highlighter).markdown();
    this.smartypants = new KramdownConverter(config.raw(), highlighter);
    this.scss = new ScssConverter(source, config.map("sass"), themeSass);
  }

  /** Jekyll's {@code smartify}: kramdown's SmartyPants typography on one span of text. */
  String smartify(String text) {
    return smartypants.smartify(text);
  }

  @Override
  public String outputExtension(String extension) {
    String e = extension.toLowerCase(java.util.Locale.ROOT);
    if (markdown.matches(e)) return markdown.outputExtension(e);
    if (scss.matches(e)) return ".css";
    return extension;
  }

  @Override
  public String convert(String extension, String content, String file, Path fileDir) {
    String e = extension.toLowerCase(java.util.Locale.ROOT);
    if (markdown.matches(e)) return markdown.convert(content);
    if (scss.matches(e)) return scss.convert(content, e, file, fileDir == null ? Path.of(".") : fileDir);
    return content;
  }

  @Override
  public String markdownify(String text) {
    return markdown.convert(text);
  }

  /** The source map of a compiled stylesheet, to be written beside it. */
  java.util.Optional<String> sourceMap(String file) {
    return scss.sourceMap(file);
  }

  @Override
  public void close() {
    scss.close();
  }
}

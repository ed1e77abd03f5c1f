package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.convert.ScssConverter;
import io.jekyll4j.render.ConverterSet;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The converters of a build: Markdown (by {@code markdown_ext}), Sass, and identity for the
 * rest, as Jekyll picks them by extension.
 */
final class SiteConverters implements ConverterSet, AutoCloseable {
  private final List<String> markdownExtensions;
  private final ScssConverter scss;
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().build();

  SiteConverters(Path source, SiteConfig config) {
    this.markdownExtensions = config.markdownExtensions();
    this.scss = new ScssConverter(source, config.map("sass"));
  }

  @Override
  public String outputExtension(String extension) {
    String e = extension.toLowerCase(java.util.Locale.ROOT);
    if (markdownExtensions.contains(e)) return ".html";
    if (scss.matches(e)) return ".css";
    return extension;
  }

  @Override
  public String convert(String extension, String content, String file, Path fileDir) {
    String e = extension.toLowerCase(java.util.Locale.ROOT);
    if (markdownExtensions.contains(e)) return markdownify(content);
    if (scss.matches(e)) return scss.convert(content, e, file, fileDir == null ? Path.of(".") : fileDir);
    return content;
  }

  @Override
  public String markdownify(String text) {
    return renderer.render(parser.parse(text));
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

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
  /** Markdown converted by earlier builds (Jekyll's Markdown cache), and compiled stylesheets. */
  private final io.jekyll4j.convert.ConversionCache cache;
  /** Whether the Markdown converter is a built-in one, whose output the cache may keep. */
  private final boolean cachedMarkdown;
  /** Plugin converters tried before Markdown and Sass (priority normal or higher), and after. */
  private final java.util.List<io.jekyll4j.plugin.Converter> before = new java.util.ArrayList<>();
  private final java.util.List<io.jekyll4j.plugin.Converter> after = new java.util.ArrayList<>();

  SiteConverters(Path source, SiteConfig config) {
    this(source, config, java.util.Optional.empty());
  }

  /** Converters whose Sass also imports from the theme's Sass folder {@code themeSass}. */
  SiteConverters(Path source, SiteConfig config, java.util.Optional<Path> themeSass) {
    this(source, config, themeSass, java.util.List.of());
  }

  /** As above, with the plugins' converters (highest priority first) in Jekyll's order. */
  SiteConverters(Path source, SiteConfig config, java.util.Optional<Path> themeSass,
      java.util.List<io.jekyll4j.plugin.Converter> plugins) {
    this(source, config, themeSass, plugins, io.jekyll4j.convert.ConversionCache.inMemory());
  }

  /** As above, with conversions kept in (and taken from) {@code cache}. */
  SiteConverters(Path source, SiteConfig config, java.util.Optional<Path> themeSass,
      java.util.List<io.jekyll4j.plugin.Converter> plugins, io.jekyll4j.convert.ConversionCache cache) {
    this.cache = cache;
    for (io.jekyll4j.plugin.Converter c : plugins) {
      (c.priority().value() >= io.jekyll4j.plugin.Priority.NORMAL.value() ? before : after).add(c);
    }
    Highlighter highlighter = new Highlighter();
    this.markdown = new ConverterRegistry(config.raw(), highlighter).markdown();
    this.smartypants = new KramdownConverter(config.raw(), highlighter);
    this.scss = new ScssConverter(source, config.map("sass"), themeSass);
    scss.cacheIn(cache);
    // a plugin's Markdown converter may change without the config changing: never cached
    this.cachedMarkdown = markdown instanceof KramdownConverter
        || markdown instanceof io.jekyll4j.convert.CommonMarkConverter;
  }

  /** Markdown to HTML through the cache, as Jekyll's converter does ({@code @cache.getset(content)}). */
  private String markdown(String content) {
    return cachedMarkdown ? cache.markdown(content, markdown::convert) : markdown.convert(content);
  }

  /** Jekyll's {@code smartify}: kramdown's SmartyPants typography on one span of text. */
  String smartify(String text) {
    return smartypants.smartify(text);
  }

  @Override
  public String outputExtension(String extension) {
    for (io.jekyll4j.plugin.Converter c : before) if (c.matches(extension)) return c.outputExt(extension);
    String e = extension.toLowerCase(java.util.Locale.ROOT);
    if (markdown.matches(e)) return markdown.outputExtension(e);
    if (scss.matches(e)) return ".css";
    for (io.jekyll4j.plugin.Converter c : after) if (c.matches(extension)) return c.outputExt(extension);
    return extension;
  }

  @Override
  public String convert(String extension, String content, String file, Path fileDir) {
    for (io.jekyll4j.plugin.Converter c : before) if (c.matches(extension)) return plugin(c, content, file);
    String e = extension.toLowerCase(java.util.Locale.ROOT);
    if (markdown.matches(e)) return markdown(content);
    if (scss.matches(e)) return scss.convert(content, e, file, fileDir == null ? Path.of(".") : fileDir);
    for (io.jekyll4j.plugin.Converter c : after) if (c.matches(extension)) return plugin(c, content, file);
    return content;
  }

  /** A plugin converter's output; its failure names the plugin and the file. */
  private static String plugin(io.jekyll4j.plugin.Converter c, String content, String file) {
    try {
      return c.convert(content);
    } catch (io.jekyll4j.diag.BuildException e) {
      throw e;
    } catch (RuntimeException e) {
      throw PluginFailure.of(c, file, e);
    }
  }

  @Override
  public String markdownify(String text) {
    return markdown(text);
  }

  /**
   * Starts the Sass compiler ahead of rendering when one of {@code items} is a stylesheet these
   * converters compile with it (not one a plugin converter takes first).
   */
  void prestartSass(java.util.Collection<? extends io.jekyll4j.content.Convertible> items) {
    scss.startBuild();
    boolean needed = false;
    for (io.jekyll4j.content.Convertible item : items) {
      String extension = item.extension();
      if (extension == null || !scss.matches(extension.toLowerCase(java.util.Locale.ROOT))) continue;
      boolean plugin = false;
      for (io.jekyll4j.plugin.Converter c : before) plugin |= c.matches(extension);
      if (plugin || markdown.matches(extension.toLowerCase(java.util.Locale.ROOT))) continue;
      // compiled by an earlier build from the same text and imports: no compiler needed for it
      // (every stylesheet is looked at: the cache keeps each one's body as read)
      needed |= scss.needsCompiler(item.relativePath(), item.body());
    }
    if (needed) scss.prestart();
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

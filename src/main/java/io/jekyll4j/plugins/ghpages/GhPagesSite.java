package io.jekyll4j.plugins.ghpages;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.SiteView;
import io.jekyll4j.plugin.StaticFileView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the GitHub Pages content plugins (optional front matter, readme index, default layout,
 * titles from headings, relative links) share: their config options, Jekyll's Markdown extension
 * test, the documents Jekyll writes, and turning a static file into a page.
 */
public final class GhPagesSite {
  private GhPagesSite() {}

  /** {@code site.config[key][option]}, or null when either is missing. */
  public static Object option(ConfigView config, String key, String option) {
    Object section = config.get(key);
    return section instanceof Map<?, ?> m ? m.get(option) : null;
  }

  /** Jekyll's {@code Markdown#matches}: the extension is one of {@code markdown_ext}. */
  public static boolean markdown(ConfigView config, String extension) {
    return config.markdownExtensions().contains(extension.toLowerCase(Locale.ROOT));
  }

  /**
   * A static file read as a page (Jekyll's {@code Page.new} on a file without front matter); a
   * collection's file becomes a page too, at its path under {@code _label/}.
   */
  public static PageView pageOf(GenerateContext context, StaticFileView file, Map<String, Object> own) {
    String text;
    try {
      text = Files.readString(file.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.relativePath(), e);
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    // a collection's file keeps its path from the collections folder, as Jekyll's page gets it
    String path = file.collection().isEmpty() ? file.relativePath() : file.path();
    return context.addPage(path, own, text);
  }

  /** Jekyll's {@code site.docs_to_write}: documents whose collection writes, not in the future. */
  public static List<DocumentView> docsToWrite(SiteView site) {
    List<DocumentView> out = new ArrayList<>();
    for (List<DocumentView> docs : site.collections().values()) {
      for (DocumentView d : docs) if (d.written()) out.add(d);
    }
    return out;
  }
}

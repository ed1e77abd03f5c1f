package io.jekyll4j.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The Liquid templates of the bundled plugin generators ({@code plugins/} beside this class),
 * minified as the plugins minify theirs, so that the pages they make are byte for byte what
 * Jekyll writes while the template files stay readable.
 */
public final class PluginTemplates {
  /** jekyll-feed drops every run of white space that follows a {@code >} or a {@code }}. */
  public static final Pattern AFTER_TAG_OR_LIQUID = Pattern.compile("(?<=[>}])\\s+");
  /** jekyll-sitemap keeps the line break after a {@code >} but drops the indentation after it. */
  public static final Pattern AFTER_LINE_OR_LIQUID = Pattern.compile("(?<=>\n|})\\s+");

  private PluginTemplates() {}

  /** The template {@code plugins/NAME}, with white space matching {@code minify} removed. */
  public static String load(String name, Pattern minify) {
    return minify.matcher(load(name)).replaceAll("");
  }

  /** The template {@code plugins/NAME} as it is. */
  public static String load(String name) {
    try (InputStream in = PluginTemplates.class.getResourceAsStream("plugins/" + name)) {
      if (in == null) throw new IllegalStateException("missing bundled template plugins/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.jekyll4j.plugin;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link SiteHooks#afterInit} hook gets: the configuration as read, which the hook may
 * complete, as Jekyll's {@code :after_init} hooks change {@code site.config} (jekyll-github-metadata
 * sets {@code site.github} and fallbacks for {@code title}, {@code url} and {@code baseurl}).
 * Everything after this moment (readers, generators, Liquid's {@code site}) sees the completed
 * configuration; later hooks see earlier hooks' changes.
 */
public interface SiteInit {
  /** The configuration, with what earlier hooks set. */
  ConfigView config();

  /** Sets the top-level key {@code key} to {@code value} (maps, lists, strings, numbers, booleans, null). */
  void set(String key, Object value);

  /** The site's source folder. */
  Path source();

  /** {@code JEKYLL_ENV} ({@code development} unless set). */
  String environment();

  /** The build process's environment variables (Ruby's {@code ENV}), unmodifiable. */
  Map<String, String> env();

  /** Prints a build warning. */
  void warn(String message);
}

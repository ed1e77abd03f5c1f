package io.jekyll4j.source;

import java.util.List;
import java.util.Map;

/**
 * What a theme's gemspec says about it, for Liquid's {@code theme} drop (Jekyll's {@code
 * ThemeDrop}): version, authors, summary and description, metadata, and the runtime
 * dependencies as RubyGems prints them ({@code jekyll-feed (~> 0.9)}); and what packaging the
 * theme as a gem copies (email, homepage, licenses).
 */
public record ThemeSpec(
    String version,
    List<String> authors,
    String summary,
    String description,
    Map<String, String> metadata,
    List<String> dependencies,
    List<String> email,
    String homepage,
    List<String> licenses) {
  /** A theme without a gemspec. */
  public static final ThemeSpec NONE =
      new ThemeSpec("", List.of(), "", "", Map.of(), List.of(), List.of(), "", List.of());

  public ThemeSpec {
    authors = List.copyOf(authors);
    email = List.copyOf(email);
    licenses = List.copyOf(licenses);
    metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    dependencies = List.copyOf(dependencies);
  }

  /** The gemspec read from {@code file} ({@link #NONE} when it cannot be read). */
  public static ThemeSpec read(java.nio.file.Path file) {
    return Gemspec.spec(file);
  }
}

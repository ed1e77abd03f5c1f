package io.jekyll4j.plugin;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** The site ({@code Jekyll::Site}), read-only. */
public interface SiteView {
  /** The merged configuration. */
  ConfigView config();

  /** The source folder. */
  Path source();

  /** {@code site.time}: when the build started, or the {@code time} the config sets. */
  ZonedDateTime time();

  /** The pages, in Jekyll's order (by path). */
  List<PageView> pages();

  /** Each collection's documents by label (posts oldest first). */
  Map<String, List<DocumentView>> collections();

  /** The posts, oldest first. */
  default List<DocumentView> posts() {
    return collections().getOrDefault("posts", List.of());
  }

  /** The static files. */
  List<StaticFileView> staticFiles();

  /** {@code site.data}. */
  Map<String, Object> data();

  /** The names of the layouts the site (and its theme) has ({@code default}, {@code post}). */
  java.util.Set<String> layouts();

  /** The tags of the posts, in order of first use (oldest post first). */
  default List<String> tags() {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    posts().forEach(d -> out.addAll(d.tags()));
    return List.copyOf(out);
  }
}

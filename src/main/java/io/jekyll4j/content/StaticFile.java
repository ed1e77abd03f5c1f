package io.jekyll4j.content;

import java.nio.file.Path;

/**
 * A file without front matter, copied as it is. {@code collection} is empty for files outside
 * collections. {@code jekyllPath} is Jekyll's {@code relative_path} ({@code /assets/a.png} for
 * site files, {@code _recipes/a.png} for collection files, without {@code collections_dir}),
 * which {@code site.static_files} shows as {@code path}.
 */
public record StaticFile(
    String relativePath, Path file, long modifiedMillis, String collection, String jekyllPath) {
  /** A site file outside collections. */
  public static StaticFile ofSite(String relativePath, Path file, long modifiedMillis) {
    return new StaticFile(relativePath, file, modifiedMillis, "", "/" + relativePath);
  }

  public String name() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? relativePath : relativePath.substring(slash + 1);
  }

  public String extension() {
    String n = name();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot);
  }

  public String basename() {
    String n = name();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? n : n.substring(0, dot);
  }

  /** The URL of a file outside collections: its source-relative path, under {@code /}. */
  public String url() {
    return "/" + relativePath;
  }
}

package io.jekyll4j.content;

import java.nio.file.Path;

/**
 * A file without front matter, copied as it is. {@code collection} is empty for files outside
 * collections.
 */
public record StaticFile(String relativePath, Path file, long modifiedMillis, String collection) {
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

  /** The URL: the source-relative path, under {@code /}. */
  public String url() {
    return "/" + relativePath;
  }
}

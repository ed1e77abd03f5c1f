package io.jekyll4j.diag;

/**
 * Where in the source a problem is: a {@code /}-separated path relative to the site source and
 * a 1-based line (0 when unknown). Every user-facing error carries one.
 */
public record SourceLocation(String path, int line) {
  public static SourceLocation of(String path) {
    return new SourceLocation(path, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line : path;
  }
}

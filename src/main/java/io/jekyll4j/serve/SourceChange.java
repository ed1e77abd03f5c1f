package io.jekyll4j.serve;

import java.util.Objects;

/**
 * One file that changed in the source tree, by its {@code /}-separated path relative to the
 * source root. The watcher produces these; the builder decides what they mean.
 */
public record SourceChange(String path, Kind kind) {

  /** What happened to the file. */
  public enum Kind {
    CREATED,
    MODIFIED,
    DELETED
  }

  public SourceChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
  }
}

package io.jekyll4j.build;

import java.util.List;

/**
 * The source files that changed since the previous build of a session ({@code serve} gets them
 * from its watcher), by {@code /}-separated source-relative path. {@link #full()} asks for a
 * full build.
 */
public record ChangeSet(List<Change> changes, boolean full) {

  /** One changed file. */
  public record Change(String path, Kind kind) {}

  /** What happened to it. */
  public enum Kind {
    CREATED,
    MODIFIED,
    DELETED
  }

  public ChangeSet {
    changes = List.copyOf(changes);
  }

  public static ChangeSet everything() {
    return new ChangeSet(List.of(), true);
  }

  public static ChangeSet of(List<Change> changes) {
    return new ChangeSet(changes, false);
  }
}

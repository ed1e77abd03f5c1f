package io.jekyll4j.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of source changes handed to one rebuild. The first build of a session, and any batch
 * the watcher cannot describe (an overflow), is {@link #everything()}: rebuild it all.
 */
public record SourceChanges(List<SourceChange> changes, boolean full) {

  public SourceChanges {
    changes = List.copyOf(changes);
  }

  /** A batch that asks for a full build. */
  public static SourceChanges everything() {
    return new SourceChanges(List.of(), true);
  }

  /**
   * Folds raw events into one change per path, in first-seen order: created then deleted is
   * dropped, deleted then created is a modification, created then modified stays created.
   */
  public static SourceChanges fold(List<SourceChange> events) {
    Map<String, SourceChange.Kind> byPath = new LinkedHashMap<>();
    for (SourceChange e : events) {
      SourceChange.Kind before = byPath.get(e.path());
      SourceChange.Kind after = merge(before, e.kind());
      if (after == null) {
        byPath.remove(e.path());
      } else {
        byPath.put(e.path(), after);
      }
    }
    return new SourceChanges(
        byPath.entrySet().stream().map(x -> new SourceChange(x.getKey(), x.getValue())).toList(),
        false);
  }

  private static SourceChange.Kind merge(SourceChange.Kind before, SourceChange.Kind now) {
    if (before == null) {
      return now;
    }
    return switch (before) {
      case CREATED -> now == SourceChange.Kind.DELETED ? null : SourceChange.Kind.CREATED;
      case DELETED -> now == SourceChange.Kind.DELETED ? SourceChange.Kind.DELETED
          : SourceChange.Kind.MODIFIED;
      case MODIFIED -> now == SourceChange.Kind.DELETED ? SourceChange.Kind.DELETED
          : SourceChange.Kind.MODIFIED;
    };
  }

  public boolean isEmpty() {
    return !full && changes.isEmpty();
  }
}

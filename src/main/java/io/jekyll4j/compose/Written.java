package io.jekyll4j.compose;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a compose command did, for the command line to report: a new file ({@code from} empty)
 * or a file moved (or rewritten in place when {@code from} equals {@code to}).
 *
 * @param kind {@code page}, {@code post}, {@code draft} or {@code file}
 * @param fromKind the kind the file had before a move, as jekyll-compose names it
 */
public record Written(String kind, String fromKind, Optional<Path> from, Path to) {
  static Written created(String kind, Path to) {
    return new Written(kind, kind, Optional.empty(), to);
  }

  static Written moved(String fromKind, String kind, Path from, Path to) {
    return new Written(kind, fromKind, Optional.of(from), to);
  }
}

package io.jekyll4j.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a rebuild failed, in the words the browser overlay shows: the message plus the innermost
 * source file and line when the builder knows them.
 */
public record BuildFailure(String message, Optional<String> file, int line) {

  public BuildFailure {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
  }

  /** {@code file:line} (or just the file, or nothing) for display. */
  public String location() {
    if (file.isEmpty()) {
      return "";
    }
    return line > 0 ? file.get() + ":" + line : file.get();
  }
}

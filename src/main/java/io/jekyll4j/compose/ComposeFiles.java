package io.jekyll4j.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes the files compose touches, refusing to overwrite without force. */
final class ComposeFiles {
  private ComposeFiles() {}

  static void refuseExisting(Path file, String kind, String shown, boolean force) {
    if (!force && Files.exists(file)) {
      throw new ComposeException(
          "A " + kind + " already exists at " + shown + " (use --force to overwrite it).");
    }
  }

  static String read(Path file, String shown) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ComposeException("Cannot read " + shown + ": " + e.getMessage());
    }
  }

  static void write(Path file, String text, String shown) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ComposeException("Cannot write " + shown + ": " + e.getMessage());
    }
  }

  /** Writes {@code text} to {@code to} and removes {@code from} (unless they are one file). */
  static void move(Path from, Path to, String text, String shown) {
    write(to, text, shown);
    if (!from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
      try {
        Files.delete(from);
      } catch (IOException e) {
        throw new ComposeException("Cannot remove " + from + ": " + e.getMessage());
      }
    }
  }
}

package io.jekyll4j.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lines for errors that are found without a parser's position: the line of a file's first byte
 * that is not UTF-8, and the line of a top-level key in a configuration file.
 */
public final class SourceLines {
  private SourceLines() {}

  /** The 1-based line holding the first malformed UTF-8 sequence of {@code file}, or 1. */
  public static int firstInvalidUtf8(Path file) {
    try {
      return firstInvalidUtf8(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  /** The 1-based line holding the first malformed UTF-8 sequence, or 1 when there is none. */
  public static int firstInvalidUtf8(byte[] b) {
    int line = 1;
    for (int i = 0; i < b.length; ) {
      int c = b[i] & 0xff;
      if (c == '\n') line++;
      int n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
      if (n < 0) return line;
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) return line;
      }
      if (n == 2 && ((c == 0xe0 && (b[i + 1] & 0xff) < 0xa0) || (c == 0xed && (b[i + 1] & 0xff) >= 0xa0))) return line;
      if (n == 3 && ((c == 0xf0 && (b[i + 1] & 0xff) < 0x90) || (c == 0xf4 && (b[i + 1] & 0xff) >= 0x90))) return line;
      i += n + 1;
    }
    return 1;
  }

  /**
   * The 1-based line where {@code key} is set at the top level of the YAML file (a line starting
   * with {@code key:} or a quoted key), or 1 when the key is not written there (a default).
   */
  public static int keyLine(Path file, String key) {
    try {
      String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) return i + 1;
      }
    } catch (IOException | RuntimeException e) {
      // unreadable: the file's first line
    }
    return 1;
  }
}

package io.jekyll4j.cli;

import java.io.PrintStream;

/**
 * All user-facing output, in Jekyll's shape: a topic right-aligned to 18 columns, then the
 * message ({@code       Destination: _site}).
 */
final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean quiet;

  Console(PrintStream out, PrintStream err, boolean quiet) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
  }

  void info(String topic, String message) {
    if (!quiet) out.println(format(topic, message));
  }

  void warn(String topic, String message) {
    err.println(format(topic, message));
  }

  void error(String topic, String message) {
    err.println(format(topic, message));
  }

  static String format(String topic, String message) {
    return String.format("%18s %s", topic, message);
  }
}

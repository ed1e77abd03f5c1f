package io.jekyll4j.cli;

import java.io.PrintStream;

/**
 * All user-facing output, in Jekyll's shape: the topic and a space right-aligned to 20
 * columns, then the message ({@code        Destination: _site}), as Jekyll's Stevenson logger.
 */
final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean quiet;
  private final boolean verbose;

  Console(PrintStream out, PrintStream err, boolean quiet, boolean verbose) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose;
  }

  Console(PrintStream out, PrintStream err, boolean quiet) {
    this(out, err, quiet, false);
  }

  boolean verbose() {
    return verbose && !quiet;
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
    return String.format("%20s", topic + " ") + message;
  }
}

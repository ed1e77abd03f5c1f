package io.jekyll4j.cli;

import java.util.Optional;

/**
 * {@code serve} without picocli, as {@link QuickBuild} is {@code build} without it: {@code serve},
 * {@code s} or {@code server} followed by {@link BuildFlags}' options (but {@code --profile}) and
 * {@code -P/--port N}, {@code -H/--host HOST}, {@code -o/--open-url}, {@code --no-watch},
 * {@code --no-livereload}, each written out in full. Anything else (help, {@code --watch},
 * {@code --livereload}, a port that is not a number...) is left to picocli, which reads it or
 * says what is wrong in its own words.
 *
 * <p>Why: the first page of {@code serve} waits for the build, and the build starts once the
 * command line is read; picocli's model of a command takes a fifth of a second of one core to
 * build at start-up.
 */
final class QuickServe {
  private QuickServe() {}

  /** The command of a plain {@code serve} command line, or empty when picocli should read it. */
  static Optional<ServeCommand> parse(String[] args) {
    if (args.length == 0 || !(args[0].equals("serve") || args[0].equals("s") || args[0].equals("server"))) {
      return Optional.empty();
    }
    ServeCommand serve = new ServeCommand();
    serve.flags = new BuildFlags();
    QuickBuild.MoreOptions own = new QuickBuild.MoreOptions() {
      @Override
      public String canonical(String name) {
        return switch (name) {
          case "-P", "--port" -> "--port";
          case "-H", "--host" -> "--host";
          case "-o", "--open-url" -> "--open-url";
          case "--no-watch" -> "--no-watch";
          case "--no-livereload" -> "--no-livereload";
          // build's flag that serve's help leaves out: picocli's word on it
          case "--profile" -> "--profile";
          default -> null;
        };
      }

      @Override
      public boolean takesValue(String option) {
        return option.equals("--port") || option.equals("--host");
      }

      @Override
      public boolean set(String option, String value) {
        switch (option) {
          case "--port" -> {
            if (!value.chars().allMatch(c -> c >= '0' && c <= '9') || value.length() > 9) return false;
            serve.port = Integer.parseInt(value);
          }
          case "--host" -> serve.host = value;
          case "--open-url" -> serve.openUrl = true;
          case "--no-watch" -> serve.watch = false;
          case "--no-livereload" -> serve.livereload = false;
          default -> {
            return false;
          }
        }
        return true;
      }
    };
    return QuickBuild.parse(args, serve.flags, own) ? Optional.of(serve) : Optional.empty();
  }

  /** Runs {@code serve} as {@link Main}'s command line would, failures reported as its handler does. */
  static int run(ServeCommand serve) {
    try {
      return serve.call();
    } catch (Exception e) {
      System.err.println("jekyll4j: " + e);
      return 1;
    }
  }
}

package io.jekyll4j.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code build} without picocli, for the arguments a build is nearly always given: {@code build}
 * or {@code b} followed by {@link BuildFlags}' options, each written out in full ({@code -s DIR},
 * {@code --source DIR}, {@code --source=DIR}, {@code -q}...). For such arguments picocli would set
 * the same fields; anything else (help, version, a clustered {@code -qt}, an attached {@code -sDIR},
 * an option given twice, a value that starts with {@code -}, an {@code @file}, a stray argument)
 * is left to picocli, which parses it or says what is wrong in its own words.
 *
 * <p>Why: picocli's classes are Java 5 bytecode, which a class-data archive cannot hold, and
 * building its model of a command reflects over annotations; together about a fifth of the CPU
 * a one-page build takes.
 */
final class QuickBuild {
  private QuickBuild() {}

  /** The flags of a plain {@code build} command line, or empty when picocli should read it. */
  static Optional<BuildFlags> parse(String[] args) {
    if (args.length == 0 || !(args[0].equals("build") || args[0].equals("b"))) return Optional.empty();
    BuildFlags f = new BuildFlags();
    return parse(args, f, NO_MORE) ? Optional.of(f) : Optional.empty();
  }

  /**
   * A command's own options besides {@link BuildFlags}' ({@code serve}'s port, host...): their
   * long names, whether they take a value, and setting them (false: picocli should read it).
   */
  interface MoreOptions {
    /** The long name of one of the command's own options, or null. */
    String canonical(String name);

    boolean takesValue(String option);

    /** Sets {@code option} (to {@code value}, null for a flag); false when picocli should read it. */
    boolean set(String option, String value);
  }

  private static final MoreOptions NO_MORE = new MoreOptions() {
    @Override
    public String canonical(String name) {
      return null;
    }

    @Override
    public boolean takesValue(String option) {
      return false;
    }

    @Override
    public boolean set(String option, String value) {
      return false;
    }
  };

  /**
   * Reads {@code args} after the command name into {@code f} and {@code more}; false when
   * picocli should read them.
   */
  static boolean parse(String[] args, BuildFlags f, MoreOptions more) {
    Set<String> seen = new HashSet<>();
    try {
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        String name = arg;
        String value = null;
        if (arg.startsWith("--") && arg.indexOf('=') > 2) {
          name = arg.substring(0, arg.indexOf('='));
          value = arg.substring(arg.indexOf('=') + 1);
        }
        String own = more.canonical(name);
        if (own != null) {
          if (!seen.add(own)) return false;
          if (!more.takesValue(own)) {
            if (value != null || !more.set(own, null)) return false;
            continue;
          }
          if (value == null) {
            if (i + 1 >= args.length) return false;
            value = args[++i];
          }
          if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || value.contains("\"")) return false;
          if (!more.set(own, value)) return false;
          continue;
        }
        String option = canonical(name);
        if (option == null) return false;
        boolean list = option.equals("--config") || option.equals("--theme-path");
        if (!seen.add(option) && !list) return false;
        if (!takesValue(option)) {
          if (value != null) return false;
          setFlag(f, option);
          continue;
        }
        if (value == null) {
          if (i + 1 >= args.length) return false;
          value = args[++i];
        }
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || value.contains("\"")) {
          return false;
        }
        switch (option) {
          case "--source" -> f.source = Path.of(value);
          case "--destination" -> f.destination = Path.of(value);
          case "--baseurl" -> f.baseurl = value;
          case "--theme-path" -> {
            if (f.themePath == null) f.themePath = new ArrayList<>();
            f.themePath.add(Path.of(value));
          }
          case "--config" -> {
            if (value.startsWith(",") || value.endsWith(",") || value.contains(",,")) return false;
            for (String part : value.split(",")) f.config.add(Path.of(part));
          }
          default -> {
            return false;
          }
        }
      }
    } catch (InvalidPathException e) {
      return false;
    }
    return true;
  }

  /** The long name of a {@code build} option, or null for anything else. */
  private static String canonical(String name) {
    return switch (name) {
      case "-s", "--source" -> "--source";
      case "-d", "--destination" -> "--destination";
      case "--config" -> "--config";
      case "-b", "--baseurl" -> "--baseurl";
      case "-D", "--drafts" -> "--drafts";
      case "--future" -> "--future";
      case "-U", "--unpublished" -> "--unpublished";
      case "--profile" -> "--profile";
      case "-q", "--quiet" -> "--quiet";
      case "-V", "--verbose" -> "--verbose";
      case "-t", "--trace" -> "--trace";
      case "--theme-path" -> "--theme-path";
      case "--safe" -> "--safe";
      case "--disable-disk-cache" -> "--disable-disk-cache";
      case "-I", "--incremental" -> "--incremental";
      default -> null;
    };
  }

  private static boolean takesValue(String option) {
    return switch (option) {
      case "--source", "--destination", "--config", "--baseurl", "--theme-path" -> true;
      default -> false;
    };
  }

  private static void setFlag(BuildFlags f, String option) {
    switch (option) {
      case "--drafts" -> f.drafts = true;
      case "--future" -> f.future = true;
      case "--unpublished" -> f.unpublished = true;
      case "--profile" -> f.profile = true;
      case "--quiet" -> f.quiet = true;
      case "--verbose" -> f.verbose = true;
      case "--trace" -> f.trace = true;
      case "--safe" -> f.safe = true;
      case "--disable-disk-cache" -> f.disableDiskCache = true;
      case "--incremental" -> f.incremental = true;
      default -> throw new IllegalArgumentException(option);
    }
  }

  /** Runs the build as {@link BuildCommand} does, failures reported as {@link Main}'s handler does. */
  static int run(BuildFlags flags) {
    try {
      Console console = new Console(System.out, System.err, flags.quiet, flags.verbose);
      return BuildCommand.run(flags.toSiteOptions(), console, flags.trace, flags.incremental);
    } catch (RuntimeException e) {
      System.err.println("jekyll4j: " + e);
      return 1;
    }
  }
}

package io.jekyll4j.cli;

import io.jekyll4j.api.BuildOutcome;
import io.jekyll4j.api.Jekyll4j;
import io.jekyll4j.api.SiteError;
import io.jekyll4j.api.SiteOptions;
import io.jekyll4j.diag.BuildException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code build}: writes the site to the destination, as {@code jekyll build}. */
@Command(name = "build", aliases = "b", versionProvider = Main.Version.class, description = "Build your site")
public final class BuildCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Mixin BuildFlags flags;

  @Override
  public Integer call() {
    Console console = new Console(System.out, System.err, flags.quiet, flags.verbose);
    return run(flags.toSiteOptions(), console, flags.trace, flags.incremental);
  }

  /** Jekyll's lines before a build: config files, source, destination, incremental mode. */
  static void header(Console console, SiteOptions options, String incremental) {
    // a loop, not a stream: the first stream of a run sets streams up (5-10 ms, on the main thread)
    StringBuilder files = new StringBuilder();
    for (java.nio.file.Path f : options.configFiles()) files.append(files.length() == 0 ? "" : " ").append(f);
    String configName = options.configFiles().isEmpty() ? defaultConfigFile(options.source()) : files.toString();
    console.info("Configuration file:", configName);
    console.info("Source:", options.source().toString());
    console.info("Destination:", options.destination().toString());
    console.info("Incremental build:", incremental);
    console.info("Generating...", "");
  }

  /** The config file read without {@code --config}, or Jekyll's "none". */
  private static String defaultConfigFile(java.nio.file.Path source) {
    for (String name : java.util.List.of("_config.yml", "_config.yaml")) {
      java.nio.file.Path p = source.resolve(name);
      if (java.nio.file.Files.isRegularFile(p)) return p.toString();
    }
    return "none";
  }

  /** Runs one build with Jekyll's log lines; returns the exit status. */
  static int run(SiteOptions options, Console console, boolean trace, boolean incremental) {
    header(console, options, incremental
        ? "not needed by build, which always builds everything (serve rebuilds only what changed)"
        : "disabled. Enable with --incremental");
    BuildOutcome result = Jekyll4j.build(options);
    if (result.error().isPresent()) {
      report(console, result.error().get(), trace);
      return 1;
    }
    for (String w : result.warnings()) console.warn("", w);
    console.info("", String.format("done in %.3f seconds.", result.total().toNanos() / 1e9));
    if (verboseTimings(console, result)) console.info("", "");
    result.profile().ifPresent(table -> System.out.print("\n" + table));
    return 0;
  }

  /** With {@code --verbose}, the time of each phase. */
  private static boolean verboseTimings(Console console, BuildOutcome result) {
    if (!console.verbose()) return false;
    result.phases().forEach((phase, d) -> console.info(phase + ":", String.format("%.3f s", d.toNanos() / 1e9)));
    return false;
  }

  static void report(Console console, BuildException e, boolean trace) {
    report(console, new SiteError(e.getMessage(), java.util.Optional.empty(), 0, e.chain(),
        e.describe(), java.util.Optional.of(e)), trace);
  }

  static void report(Console console, SiteError e, boolean trace) {
    String[] lines = e.describe().split("\n");
    boolean dependency = e.cause().filter(c -> c instanceof io.jekyll4j.diag.MissingDependencyException).isPresent();
    console.error(dependency ? io.jekyll4j.diag.MissingDependencyException.TOPIC : "Error:", lines[0]);
    for (int i = 1; i < lines.length; i++) console.error("", lines[i].strip());
    if (trace && e.cause().isPresent()) {
      e.cause().get().printStackTrace();
    } else {
      console.error("Error:", "Run jekyll4j build --trace for more information.");
    }
  }
}

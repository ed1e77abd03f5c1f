package io.jekyll4j.cli;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.BuildResult;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.render.RenderProfile;
import java.util.Map;
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
    BuildOptions options = flags.toOptions(Map.of());
    Pipeline pipeline = new Pipeline(options);
    RenderProfile profile = flags.profile ? new RenderProfile() : null;
    if (profile != null) pipeline.profiled(profile);
    int code = run(pipeline, console, flags.trace, flags.incremental);
    if (profile != null && code == 0) System.out.print("\n" + profile.table());
    return code;
  }

  /** Jekyll's lines before a build: config files, source, destination, incremental mode. */
  static void header(Console console, BuildOptions options, String incremental) {
    String configName = options.configFiles().isEmpty()
        ? defaultConfigFile(options.source())
        : String.join(" ", options.configFiles().stream().map(Object::toString).toList());
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
  static int run(Pipeline pipeline, Console console, boolean trace, boolean incremental) {
    header(console, pipeline.options(), incremental
        ? "not needed by build, which always builds everything (serve rebuilds only what changed)"
        : "disabled. Enable with --incremental");
    try {
      BuildResult result = pipeline.build();
      for (String w : result.warnings()) console.warn("", w);
      console.info("", String.format("done in %.3f seconds.", result.total().toNanos() / 1e9));
      if (verboseTimings(console, result)) console.info("", "");
      return 0;
    } catch (BuildException e) {
      report(console, e, trace);
      return 1;
    }
  }

  /** With {@code --verbose}, the time of each phase. */
  private static boolean verboseTimings(Console console, BuildResult result) {
    if (!console.verbose()) return false;
    result.phases().forEach((phase, d) -> console.info(phase + ":", String.format("%.3f s", d.toNanos() / 1e9)));
    return false;
  }

  static void report(Console console, BuildException e, boolean trace) {
    String[] lines = e.describe().split("\n");
    console.error("Error:", lines[0]);
    for (int i = 1; i < lines.length; i++) console.error("", lines[i].strip());
    if (trace) {
      e.printStackTrace();
    } else {
      console.error("Error:", "Run jekyll4j build --trace for more information.");
    }
  }
}

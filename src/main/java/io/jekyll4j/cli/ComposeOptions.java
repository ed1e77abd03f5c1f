package io.jekyll4j.cli;

import io.jekyll4j.compose.ComposeSettings;
import io.jekyll4j.compose.ComposeSite;
import io.jekyll4j.compose.Written;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every compose command shares ({@code -s/--source}, {@code --config}), and the
 * jekyll-compose style report of what a command wrote.
 */
public final class ComposeOptions {
  @Option(
      names = {"-s", "--source"},
      paramLabel = "DIR",
      description = "Source folder of the site (default: current folder).")
  Path source = Path.of(".");

  @Option(
      names = "--config",
      paramLabel = "FILE[,FILE2,...]",
      split = ",",
      description = "Configuration files to read instead of _config.yml.")
  List<String> config = new ArrayList<>();

  ComposeSite site(Clock clock) {
    return new ComposeSite(source, ComposeSettings.read(source, config), clock);
  }

  /** {@code file} as the user would type it: relative to the current folder when inside it. */
  static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here)
        ? here.relativize(absolute).toString()
        : absolute.toString();
  }

  /** jekyll-compose's wording: "New post created at ..." or "Draft ... was moved to ...". */
  static String report(Written written) {
    if (written.from().isEmpty()) {
      return "New " + written.kind() + " created at " + shown(written.to());
    }
    String kind = written.fromKind();
    return Character.toUpperCase(kind.charAt(0))
        + kind.substring(1)
        + " "
        + shown(written.from().get())
        + " was moved to "
        + shown(written.to());
  }
}

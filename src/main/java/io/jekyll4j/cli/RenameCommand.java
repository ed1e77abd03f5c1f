package io.jekyll4j.cli;

import io.jekyll4j.compose.Renamer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jekyll4j rename PATH TITLE}: a new title, and the file name that goes with it. */
@Command(
    name = "rename",
    versionProvider = Main.Version.class, description = "Moves a file to the name of the new TITLE and sets the title (and date).")
public final class RenameCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Spec CommandSpec spec;
  @Mixin ComposeOptions options;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The post, draft or page.")
  String path;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "TITLE", description = "New title.")
  List<String> title = List.of();

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", description = "New date.")
  Optional<String> date;

  @Option(names = "--now", description = "Set the date to now.")
  boolean now;

  @Option(names = {"-f", "--force"}, description = "Overwrite a file if it already exists.")
  boolean force;

  private final Clock clock;

  public RenameCommand() {
    this(Clock.systemDefaultZone());
  }

  public RenameCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    return ComposeRun.run(
        spec,
        () -> {
          ComposeRun.require(path == null ? List.of() : title, "current path and the new title");
          return new Renamer(options.site(clock))
              .rename(path, String.join(" ", title), date.map(Dates::day), now, force);
        });
  }
}

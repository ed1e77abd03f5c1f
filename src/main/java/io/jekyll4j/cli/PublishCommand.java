package io.jekyll4j.cli;

import io.jekyll4j.compose.PostMover;
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

/** {@code jekyll4j publish DRAFT_PATH}: moves a draft into {@code _posts} and dates it. */
@Command(
    name = "publish",
    versionProvider = Main.Version.class, description = "Moves a draft into the _posts folder and sets the date.")
public final class PublishCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Spec CommandSpec spec;
  @Mixin ComposeOptions options;

  @Parameters(arity = "0..*", paramLabel = "DRAFT_PATH", description = "e.g. _drafts/idea.md")
  List<String> path = List.of();

  @Option(names = {"-d", "--date"}, paramLabel = "YYYY-MM-DD", description = "Date of the post.")
  Optional<String> date;

  @Option(
      names = "--timestamp-format",
      paramLabel = "FORMAT",
      description = "strftime format of the date value.")
  Optional<String> timestampFormat;

  @Option(names = {"-f", "--force"}, description = "Overwrite a post if it already exists.")
  boolean force;

  private final Clock clock;

  public PublishCommand() {
    this(Clock.systemDefaultZone());
  }

  public PublishCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    return ComposeRun.run(
        spec,
        () -> {
          ComposeRun.require(path, "a draft path");
          return new PostMover(options.site(clock))
              .publish(String.join(" ", path), date.map(Dates::day), timestampFormat, force);
        });
  }
}

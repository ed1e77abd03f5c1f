package io.jekyll4j.cli;

import io.jekyll4j.compose.PostMover;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jekyll4j unpublish POST_PATH}: moves a post back into {@code _drafts}. */
@Command(
    name = "unpublish",
    versionProvider = Main.Version.class, description = "Moves a post back into the _drafts folder.")
public final class UnpublishCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Spec CommandSpec spec;
  @Mixin ComposeOptions options;

  @Parameters(arity = "0..*", paramLabel = "POST_PATH", description = "e.g. _posts/2024-05-06-x.md")
  List<String> path = List.of();

  @Option(names = {"-f", "--force"}, description = "Overwrite a draft if it already exists.")
  boolean force;

  private final Clock clock;

  public UnpublishCommand() {
    this(Clock.systemDefaultZone());
  }

  public UnpublishCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    return ComposeRun.run(
        spec,
        () -> {
          ComposeRun.require(path, "a post path");
          return new PostMover(options.site(clock)).unpublish(String.join(" ", path), force);
        });
  }
}

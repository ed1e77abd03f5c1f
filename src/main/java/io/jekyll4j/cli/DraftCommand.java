package io.jekyll4j.cli;

import io.jekyll4j.compose.PageRequest;
import io.jekyll4j.compose.PostComposer;
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

/** {@code jekyll4j draft TITLE}: a new draft in {@code _drafts}. */
@Command(
    name = "draft",
    versionProvider = Main.Version.class, description = "Creates a new draft post with the given TITLE.")
public final class DraftCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Spec CommandSpec spec;
  @Mixin ComposeOptions options;

  @Parameters(arity = "0..*", paramLabel = "TITLE", description = "Title of the draft.")
  List<String> title = List.of();

  @Option(names = {"-l", "--layout"}, description = "Layout of the draft.")
  Optional<String> layout;

  @Option(names = {"-x", "--extension"}, description = "File extension (default: md).")
  Optional<String> extension;

  @Option(names = {"-f", "--force"}, description = "Overwrite a draft if it already exists.")
  boolean force;

  private final Clock clock;

  public DraftCommand() {
    this(Clock.systemDefaultZone());
  }

  public DraftCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    return ComposeRun.run(
        spec,
        () ->
            new PostComposer(options.site(clock))
                .draft(
                    new PageRequest(
                        String.join(" ", title),
                        layout,
                        Optional.empty(),
                        extension,
                        Optional.empty(),
                        Optional.empty(),
                        force)));
  }
}

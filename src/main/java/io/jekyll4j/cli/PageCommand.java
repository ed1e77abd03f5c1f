package io.jekyll4j.cli;

import io.jekyll4j.compose.PageComposer;
import io.jekyll4j.compose.PageRequest;
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

/** {@code jekyll4j page TITLE}: a new page shaped like the site's pages. */
@Command(
    name = "page",
    versionProvider = Main.Version.class, description = "Creates a new page with the given TITLE, shaped like the site's pages.")
public final class PageCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Spec CommandSpec spec;
  @Mixin ComposeOptions options;

  @Parameters(arity = "0..*", paramLabel = "TITLE", description = "Title of the page.")
  List<String> title = List.of();

  @Option(names = {"-l", "--layout"}, description = "Layout of the page.")
  Optional<String> layout;

  @Option(names = "--path", paramLabel = "DIR", description = "Folder of the page.")
  Optional<String> path;

  @Option(names = {"-x", "--extension"}, description = "File extension (default: md).")
  Optional<String> extension;

  @Option(names = {"-f", "--force"}, description = "Overwrite a page if it already exists.")
  boolean force;

  private final Clock clock;

  public PageCommand() {
    this(Clock.systemDefaultZone());
  }

  public PageCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    return ComposeRun.run(
        spec,
        () ->
            new PageComposer(options.site(clock))
                .create(
                    new PageRequest(
                        String.join(" ", title),
                        layout,
                        path,
                        extension,
                        Optional.empty(),
                        Optional.empty(),
                        force)));
  }
}

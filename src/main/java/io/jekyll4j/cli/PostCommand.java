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

/** {@code jekyll4j post TITLE}: a new dated post in {@code _posts}. */
@Command(
    name = "post",
    versionProvider = Main.Version.class, description = "Creates a new post with the given TITLE, shaped like the site's posts.")
public final class PostCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Spec CommandSpec spec;
  @Mixin ComposeOptions options;

  @Parameters(arity = "0..*", paramLabel = "TITLE", description = "Title of the post.")
  List<String> title = List.of();

  @Option(names = {"-l", "--layout"}, description = "Layout of the post.")
  Optional<String> layout;

  @Option(names = {"-x", "--extension"}, description = "File extension (default: md).")
  Optional<String> extension;

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

  public PostCommand() {
    this(Clock.systemDefaultZone());
  }

  public PostCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    return ComposeRun.run(
        spec,
        () ->
            new PostComposer(options.site(clock))
                .post(
                    new PageRequest(
                        String.join(" ", title),
                        layout,
                        Optional.empty(),
                        extension,
                        date.map(Dates::day),
                        timestampFormat,
                        force)));
  }
}

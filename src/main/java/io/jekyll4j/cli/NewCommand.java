package io.jekyll4j.cli;

import io.jekyll4j.compose.ComposeException;
import io.jekyll4j.compose.NewSite;
import io.jekyll4j.compose.SiteTemplate;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jekyll4j new PATH}: a new site with jekyll4j's theme, ready to serve. */
@Command(
    name = "new",
    versionProvider = Main.Version.class, description = "Creates a new site at PATH, with jekyll4j's theme and a first post.")
public final class NewCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "Folder of the new site.")
  Path path;

  @Option(names = "--blank", description = "Creates a blank site skeleton.")
  boolean blank;

  @Option(names = "--theme", paramLabel = "NAME",
      description = "Names the theme NAME in the site's config instead of copying jekyll4j's theme files"
          + " (jekyll4j's own: " + SiteTemplate.THEME + ").")
  String theme;

  @Option(names = "--force", description = "Writes into PATH even if it is not empty.")
  boolean force;

  @Option(names = "--skip-bundle", hidden = true, description = "Accepted for Jekyll's sake.")
  boolean skipBundle;

  private final Clock clock;
  private final Supplier<SiteTemplate> template;

  public NewCommand() {
    this(Clock.systemDefaultZone(), SiteTemplate::fromClasspath);
  }

  public NewCommand(Clock clock, Supplier<SiteTemplate> template) {
    this.clock = clock;
    this.template = template;
  }

  @Override
  public Integer call() {
    try {
      new NewSite(template.get(), clock).create(path, blank, force, java.util.Optional.ofNullable(theme));
      String where = path.toAbsolutePath().normalize().toString();
      spec.commandLine()
          .getOut()
          .println((blank ? "New blank jekyll4j site" : "New jekyll4j site") + " installed in "
              + where + ".");
      spec.commandLine().getOut().flush();
      return 0;
    } catch (ComposeException e) {
      return ComposeRun.fail(spec, e.getMessage());
    } catch (UncheckedIOException e) {
      return ComposeRun.fail(spec, e.getCause().getMessage());
    }
  }
}

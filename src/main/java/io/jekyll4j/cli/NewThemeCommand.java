package io.jekyll4j.cli;

import io.jekyll4j.compose.ComposeException;
import io.jekyll4j.theme.NewTheme;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jekyll4j new-theme NAME}: a theme project, like {@code jekyll new-theme}. */
@Command(
    name = "new-theme",
    versionProvider = Main.Version.class,
    description = "Creates a new theme project NAME: layouts, includes, Sass, assets, an example site,"
        + " a gemspec and a pom that packages the theme jar.")
public final class NewThemeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The theme's name (also its folder).")
  String name;

  @Option(names = {"-p", "--path"}, description = "Folder to write the project in (default: ./NAME).")
  Path path;

  @Option(names = "--force", description = "Writes into the folder even if it is not empty.")
  boolean force;

  @Override
  public Integer call() {
    Path target = (path != null ? path : Path.of(name)).toAbsolutePath().normalize();
    try {
      NewTheme.create(target, name, System.getProperty("user.name", "TODO: your name"), force);
    } catch (ComposeException e) {
      return ComposeRun.fail(spec, e.getMessage());
    } catch (UncheckedIOException e) {
      return ComposeRun.fail(spec, e.getCause().getMessage());
    }
    spec.commandLine().getOut().println("Your new theme, " + name + ", is ready for you in " + target + "!");
    spec.commandLine().getOut().println("Serve its example site with: jekyll4j serve -s "
        + target.resolve("example") + " --theme-path " + target);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

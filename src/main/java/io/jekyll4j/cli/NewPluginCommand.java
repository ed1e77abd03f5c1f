package io.jekyll4j.cli;

import io.jekyll4j.compose.ComposeException;
import io.jekyll4j.compose.NewPlugin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jekyll4j new-plugin NAME}: a Maven project for a plugin, like {@code jekyll new-theme}. */
@Command(
    name = "new-plugin",
    versionProvider = Main.Version.class,
    description = "Creates a Maven project for a jekyll4j plugin NAME, with one example of each plugin type.")
public final class NewPluginCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The plugin's name (and folder).")
  String name;

  @Option(names = "--path", description = "Where to create it (default: ./NAME).")
  Path path;

  @Option(names = "--jekyll4j-version", description = "The jekyll4j version to depend on (default: this one).")
  String version;

  @Override
  public Integer call() {
    Path dir = path != null ? path : Path.of(name);
    try {
      NewPlugin.create(dir, name, version != null ? version : NewPlugin.engineVersion());
    } catch (ComposeException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
    spec.commandLine().getOut().println("New jekyll4j plugin " + name + " created in "
        + dir.toAbsolutePath().normalize() + ". Build it with: cd " + dir + " && mvn package");
    spec.commandLine().getOut().flush();
    return 0;
  }
}

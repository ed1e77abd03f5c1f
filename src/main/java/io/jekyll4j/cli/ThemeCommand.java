package io.jekyll4j.cli;

import io.jekyll4j.theme.ThemePackage;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jekyll4j theme package}: a site's or a theme project's look as a theme jar and gem. */
@Command(
    name = "theme",
    versionProvider = Main.Version.class,
    description = "Theme tools.",
    subcommands = {ThemeCommand.Package.class})
public final class ThemeCommand implements Runnable {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code theme package [FOLDER]}. */
  @Command(
      name = "package",
      versionProvider = Main.Version.class,
      description = "Packages FOLDER (a theme project, an installed theme gem, or any site: its _layouts,"
          + " _includes, _sass and assets) as NAME-VERSION.jar and NAME-VERSION.gem.")
  public static final class Package implements Callable<Integer> {
    @picocli.CommandLine.Mixin HelpFlags helpFlags;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER", description = "Folder to package (default: ./).")
    Path folder = Path.of(".");

    @Option(names = "--name", description = "The theme's name (default: the gemspec's, else the folder's).")
    String name;

    @Option(names = "--theme-version", description = "The theme's version (default: the gemspec's, else 0.1.0).")
    String version;

    @Option(names = {"-o", "--output"}, description = "Folder to write the jar and gem in (default: ./).")
    Path output = Path.of(".");

    @Override
    public Integer call() {
      if (!Files.isDirectory(folder)) return ComposeRun.fail(spec, "No such folder: " + folder);
      try {
        ThemePackage pkg = new ThemePackage(folder, Optional.ofNullable(name), Optional.ofNullable(version));
        ThemePackage.Written w = pkg.write(output.toAbsolutePath().normalize(), epoch());
        CommandLine cl = spec.commandLine();
        cl.getOut().println("Theme " + w.name() + " " + w.version() + " (" + w.files().size() + " files):");
        cl.getOut().println("  " + w.jar());
        cl.getOut().println("  " + w.gem());
        cl.getOut().flush();
        return 0;
      } catch (UncheckedIOException e) {
        return ComposeRun.fail(spec, e.getCause().getMessage());
      }
    }

    /** {@code SOURCE_DATE_EPOCH} when set (reproducible gems), else now. */
    private static long epoch() {
      String v = System.getenv("SOURCE_DATE_EPOCH");
      if (v != null && v.matches("\\d+")) return Long.parseLong(v);
      return System.currentTimeMillis() / 1000;
    }
  }
}

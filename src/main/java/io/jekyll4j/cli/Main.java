package io.jekyll4j.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jekyll4j} command line: Jekyll's commands and flags on the JVM. */
@Command(
    name = "jekyll4j",
    versionProvider = Main.Version.class,
    description = "Jekyll 4.3, reimplemented on the JVM: build and serve Jekyll sites.")
public final class Main implements Runnable {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  /**
   * The subcommands, in the order help lists them. Added by hand rather than in the annotation:
   * picocli builds the model of every subcommand it is given, about a third of a second of start-up
   * for all of them, so a run builds only the one it names (see {@link #commandLine(String[])}).
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      BuildCommand.class, ServeCommand.class, CleanCommand.class, NewCommand.class, NewPluginCommand.class,
      PageCommand.class,
      PostCommand.class, DraftCommand.class, PublishCommand.class, UnpublishCommand.class,
      RenameCommand.class, NewThemeCommand.class, ThemeCommand.class, CompletionCommand.class);

  /**
   * The picocli command line, reached from {@link Launch} (the jar's entry point), which has
   * already relaunched {@code build} and {@code serve} in a tuned JVM where it could.
   */
  public static void main(String[] args) {
    TunedLaunch.watchParent();
    if (TunedLaunch.relaunched(args).isPresent()) io.jekyll4j.build.Warmup.start();
    System.exit(commandLine(args).execute(args));
  }

  /** The configured command line with every subcommand (help, tests). */
  public static CommandLine commandLine() {
    return configure(SUBCOMMANDS, true);
  }

  /**
   * The command line for these arguments: when the first argument names a subcommand, with that
   * one alone (what it runs and says is the same); otherwise with all of them, for help.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : SUBCOMMANDS) {
        if (names(c).contains(args[0])) return configure(List.of(c), false);
      }
    }
    return commandLine();
  }

  private static List<String> names(Class<?> command) {
    Command c = command.getAnnotation(Command.class);
    List<String> out = new ArrayList<>(List.of(c.aliases()));
    out.add(c.name());
    return out;
  }

  private static CommandLine configure(List<Class<?>> subcommands, boolean help) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : subcommands) cl.addSubcommand(c);
    if (help) cl.addSubcommand(CommandLine.HelpCommand.class);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("jekyll4j: " + ex);
          return 1;
        });
    return cl;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** {@code --version}: "jekyll4j X (compatible with Jekyll 4.3.1)". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"jekyll4j " + (v == null ? "dev" : v) + " (Jekyll 4.3.1 compatible)"};
    }
  }
}

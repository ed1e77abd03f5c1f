package io.jekyll4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jekyll4j} command line: Jekyll's commands and flags on the JVM. */
@Command(
    name = "jekyll4j",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Jekyll 4.3, reimplemented on the JVM: build and serve Jekyll sites.",
    subcommands = {
      BuildCommand.class, ServeCommand.class, CleanCommand.class, NewCommand.class, PageCommand.class,
      PostCommand.class, DraftCommand.class, PublishCommand.class, UnpublishCommand.class,
      RenameCommand.class, CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static void main(String[] args) {
    var launch = TunedLaunch.forArgs(args);
    if (launch.isPresent()) {
      try {
        System.exit(launch.get().run(args));
      } catch (java.io.IOException e) {
        // no child JVM: build in this one
      } catch (InterruptedException e) {
        System.exit(130);
      }
    }
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (for tests). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
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

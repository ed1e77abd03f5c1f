package io.jekyll4j.cli;

import io.jekyll4j.compose.ComposeException;
import io.jekyll4j.compose.Written;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one compose action: prints what it wrote, or the refusal, and gives the exit status. */
final class ComposeRun {
  private ComposeRun() {}

  static int run(CommandSpec spec, Supplier<Written> action) {
    try {
      Written written = action.get();
      spec.commandLine().getOut().println(ComposeOptions.report(written));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (ComposeException e) {
      return fail(spec, e.getMessage());
    } catch (UncheckedIOException e) {
      return fail(spec, e.getCause().getMessage());
    } catch (RuntimeException e) {
      return fail(spec, "unexpected " + e);
    }
  }

  /** jekyll-compose's refusal of a missing argument: "You must specify a name." */
  static void require(java.util.List<String> words, String what) {
    if (words.isEmpty()) {
      throw new ComposeException("You must specify " + what + ".");
    }
  }

  static int fail(CommandSpec spec, String message) {
    spec.commandLine().getErr().println("Error: " + message);
    spec.commandLine().getErr().flush();
    return 1;
  }
}

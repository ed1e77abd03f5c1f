package io.jekyll4j.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code completion}: prints a bash/zsh completion script for every command and option, made by
 * picocli from the command model ({@code source <(jekyll4j completion)}).
 */
@Command(name = "completion", versionProvider = Main.Version.class,
    description = "Print a bash/zsh completion script: source <(jekyll4j completion)")
public final class CompletionCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HelpFlags helpFlags;

  @Override
  public Integer call() {
    System.out.print(script());
    return 0;
  }

  /** The completion script of the whole command line. */
  static String script() {
    return AutoComplete.bash("jekyll4j", Main.commandLine());
  }
}

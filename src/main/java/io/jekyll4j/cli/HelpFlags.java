package io.jekyll4j.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} and {@code -v/--version} on every command, with Jekyll's letters: in Jekyll
 * {@code -v} is {@code --version} and {@code -V} is {@code --verbose} (picocli's standard help
 * options would take {@code -V} for the version, clashing with {@code build -V}).
 */
public final class HelpFlags {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this message")
  boolean help;

  @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the name and version")
  boolean version;
}

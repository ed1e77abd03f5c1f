package io.jekyll4j.maven;

import io.jekyll4j.api.BuildOutcome;
import io.jekyll4j.api.Jekyll4j;
import io.jekyll4j.api.SiteOptions;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the Jekyll site into {@code target/site} (as {@code jekyll4j build}). A mistake in the
 * site fails the build with the file and line, as the command line reports it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractBuildMojo {
  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("Skipping the site build (jekyll4j.skip)");
      return;
    }
    SiteOptions options = siteOptions();
    if (!Files.isDirectory(options.source())) {
      if (source == null) {
        // a module of a multi-module build without a site of its own
        getLog().info("No Jekyll site in " + options.source() + ": nothing to build");
        return;
      }
      throw new MojoFailureException("No Jekyll site at " + options.source()
          + " (<source>, jekyll4j.source)");
    }
    getLog().info("Source: " + options.source());
    getLog().info("Destination: " + options.destination());
    BuildOutcome outcome = Jekyll4j.build(options);
    report(outcome);
    getLog().info(String.format("Built %d files in %.3f seconds.", outcome.outputs().size(),
        outcome.total().toNanos() / 1e9));
  }

  /** Warnings to Maven's log; a failed build as the CLI's message, without a stack trace. */
  void report(BuildOutcome outcome) throws MojoFailureException {
    outcome.warnings().forEach(w -> getLog().warn(w));
    if (outcome.error().isPresent()) {
      throw new MojoFailureException(outcome.error().get().describe());
    }
    if (getLog().isDebugEnabled()) {
      outcome.phases().forEach((phase, d) ->
          getLog().debug(String.format("%s: %.3f s", phase, d.toNanos() / 1e9)));
    }
  }
}

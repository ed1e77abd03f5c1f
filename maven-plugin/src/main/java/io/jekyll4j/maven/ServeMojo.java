package io.jekyll4j.maven;

import io.jekyll4j.api.BuildOutcome;
import io.jekyll4j.api.Jekyll4j;
import io.jekyll4j.api.ServeSettings;
import io.jekyll4j.api.SiteException;
import io.jekyll4j.api.SiteOptions;
import io.jekyll4j.api.SiteServer;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, serves it and rebuilds it on every change, with live reload (as
 * {@code jekyll4j serve}). Blocks; Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractBuildMojo {
  /** The address to listen on. */
  @Parameter(property = "jekyll4j.host", defaultValue = "127.0.0.1")
  String host;

  /** The port to listen on (0: any free port). */
  @Parameter(property = "jekyll4j.port", defaultValue = "4000")
  int port;

  /** Rebuilds when the source changes. */
  @Parameter(property = "jekyll4j.watch", defaultValue = "true")
  boolean watch;

  /** Reloads open pages after each rebuild. */
  @Parameter(property = "jekyll4j.livereload", defaultValue = "true")
  boolean livereload;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the site server (jekyll4j.skip)");
      return;
    }
    SiteOptions options = siteOptions();
    ServeSettings settings = new ServeSettings(host, port, watch, livereload,
        Optional.ofNullable(baseurl));
    SiteServer server;
    try {
      server = Jekyll4j.serve(options, settings, line -> getLog().info(line.strip()));
    } catch (SiteException e) {
      throw new MojoFailureException(e.error().describe());
    } catch (IOException e) {
      throw new MojoFailureException("Cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + " (another server running? set jekyll4j.port)");
    }
    Thread hook = new Thread(() -> close(server), "jekyll4j-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      BuildOutcome first = server.awaitFirstBuild();
      if (first.error().isPresent()) {
        getLog().error(first.error().get().describe());
      } else {
        getLog().info(String.format("Built in %.3f seconds.", first.total().toNanos() / 1e9));
      }
      server.onBuild(o -> o.error().ifPresent(e -> getLog().error(e.describe())));
      getLog().info("Server address: " + server.address());
      getLog().info("Server running... press ctrl-c to stop.");
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close(server);
    }
  }

  private void close(SiteServer server) {
    try {
      server.close();
    } catch (Exception e) {
      getLog().debug("closing the server", e);
    }
  }
}

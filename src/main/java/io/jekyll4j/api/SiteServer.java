package io.jekyll4j.api;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.serve.BuildFailure;
import io.jekyll4j.serve.BuildReport;
import io.jekyll4j.serve.DevServer;
import io.jekyll4j.serve.PipelineSiteBuilder;
import io.jekyll4j.serve.ServeOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A running development server ({@link Jekyll4j#serve}). Thread-safe. Close it to stop serving
 * and watching.
 */
public final class SiteServer implements AutoCloseable {
  private final DevServer server;
  private final SiteOptions options;

  private SiteServer(DevServer server, SiteOptions options) {
    this.server = server;
    this.options = options;
  }

  static SiteServer start(SiteOptions options, ServeSettings settings, Consumer<String> log)
      throws IOException {
    return start(options, settings, log, w -> System.err.println(String.format("%20s", "") + w));
  }

  static SiteServer start(SiteOptions options, ServeSettings settings, Consumer<String> log,
      Consumer<String> warnings) throws IOException {
    BuildOptions base = options.toBuildOptions();
    DevServer dev;
    try {
      dev = start(options, settings, log, warnings, base);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new SiteServer(dev, options);
  }

  private static DevServer start(SiteOptions options, ServeSettings settings, Consumer<String> log,
      Consumer<String> warnings, BuildOptions base) {
    return Jekyll4j.withLoader(options, () -> {
      SiteConfig config;
      try {
        config = ConfigLoader.load(base.source(), base.configFiles(), base.overrides());
      } catch (BuildException e) {
        throw new SiteException(SiteError.of(e));
      }
      String baseurl = settings.baseurl().orElseGet(() -> config.string("baseurl", ""));
      ServeOptions serve = new ServeOptions(settings.host(), settings.port(), baseurl,
          settings.watch(), settings.livereload());
      try {
        return DevServer.start(base.source(), serve, url -> builder(base, config, url, warnings), log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static PipelineSiteBuilder builder(BuildOptions base, SiteConfig config, String url,
      Consumer<String> warnings) {
    Map<String, Object> dev = new LinkedHashMap<>();
    if ("development".equals(base.environment())) {
      dev.put("url", url); // as jekyll serve: site.url is the server's address in development
    }
    return new PipelineSiteBuilder(new Pipeline(base.withOverrides(dev)),
        config.list("exclude").stream().map(String::valueOf).toList(), warnings);
  }

  public SiteOptions options() {
    return options;
  }

  /** The site's address: {@code http://host:port/baseurl/}. */
  public URI address() {
    return server.address();
  }

  /** {@code http://host:port}, where the server listens. */
  public String origin() {
    return server.origin();
  }

  /** The port it listens on (the one picked when asked for port 0). */
  public int port() {
    return server.port();
  }

  /**
   * Waits for the first build; its outcome. A server's outcomes list the written files as its
   * outputs, and give the total time only (no phases, no warnings: those go to the log).
   */
  public BuildOutcome awaitFirstBuild() throws InterruptedException {
    return outcome(server.awaitFirstBuild());
  }

  /** Calls {@code listener} after every build (the first and each rebuild), on the build thread. */
  public void onBuild(Consumer<BuildOutcome> listener) {
    server.onBuild(r -> listener.accept(outcome(r)));
  }

  /** Blocks until the server is closed (from another thread, or a shutdown hook). */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    server.close();
  }

  private static BuildOutcome outcome(BuildReport report) {
    if (report.failure().isPresent()) {
      BuildFailure f = report.failure().get();
      String first = f.message().split("\n", 2)[0];
      return BuildOutcome.failed(new SiteError(first, f.file(), f.line(), List.of(), f.message(), Optional.empty()),
          List.of(), report.took());
    }
    List<String> written = report.changedOutputs().stream().sorted().toList();
    return new BuildOutcome(Optional.empty(), written, written, List.of(), Map.of(), report.took(),
        Optional.empty());
  }
}

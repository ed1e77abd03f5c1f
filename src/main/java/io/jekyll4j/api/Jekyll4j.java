package io.jekyll4j.api;

import io.jekyll4j.build.BuildResult;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.render.RenderProfile;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point for embedding jekyll4j: build a site, or serve it with live reload.
 *
 * <pre>{@code
 * BuildOutcome outcome = Jekyll4j.build(SiteOptions.builder(Path.of("docs"))
 *     .destination(Path.of("target/site")).build());
 * if (outcome.succeeded()) {
 *   System.out.println(outcome.pagesWritten() + " files in " + outcome.total().toMillis() + " ms");
 * } else {
 *   System.err.println(outcome.error().get().describe()); // message with file:line
 * }
 * }</pre>
 *
 * <p>A mistake in the site (bad YAML, a Liquid syntax error, a missing include) is not thrown:
 * it comes back as {@link BuildOutcome#error()}, with the file and line. Exceptions are left for
 * what is not the site's fault (a bug, a full disk). The command line ({@code jekyll4j build},
 * {@code jekyll4j serve}) and the Maven plugin are built on this class.
 */
public final class Jekyll4j {
  private Jekyll4j() {}

  /** Builds the site once, into {@link SiteOptions#destination()}. */
  public static BuildOutcome build(SiteOptions options) {
    SiteBuild once = new SiteBuild(options);
    once.pipeline.once();
    return once.build();
  }

  /**
   * Starts the development server: it binds first, then builds the site in the background
   * (requests wait for that build), then rebuilds on every change of the source when {@link
   * ServeSettings#watch()}. Returns once it listens; {@link SiteServer#awaitFirstBuild()} waits for
   * the first build and {@link SiteServer#close()} stops everything.
   *
   * @param log receives the server's progress lines ({@code Regenerating: ...})
   * @throws IOException when the address cannot be bound (already in use)
   * @throws SiteException when the site's configuration cannot be read
   */
  public static SiteServer serve(SiteOptions options, ServeSettings settings, Consumer<String> log)
      throws IOException {
    return SiteServer.start(options, settings, log);
  }

  /** As {@link #serve(SiteOptions, ServeSettings, Consumer)}; each build's warnings go to {@code warnings}. */
  public static SiteServer serve(SiteOptions options, ServeSettings settings, Consumer<String> log,
      Consumer<String> warnings) throws IOException {
    return SiteServer.start(options, settings, log, warnings);
  }

  /**
   * One site built again and again by the same pipeline, as a long-running caller (a watcher of
   * its own) would: each {@link #build()} after the first reports as written only what changed.
   */
  public static final class SiteBuild {
    private final SiteOptions options;
    private final Pipeline pipeline;
    private final RenderProfile profile;

    public SiteBuild(SiteOptions options) {
      this.options = options;
      this.pipeline = new Pipeline(options.toBuildOptions());
      this.profile = options.profile() ? new RenderProfile() : null;
      if (profile != null) pipeline.profiled(profile);
    }

    public SiteOptions options() {
      return options;
    }

    /** Builds the whole site; the outcome says what was written or why it failed. */
    public BuildOutcome build() {
      long start = System.nanoTime();
      return withLoader(options, () -> {
        try {
          BuildResult r = pipeline.build();
          List<String> outputs = r.outputHashes().keySet().stream().sorted().toList();
          List<String> written = r.changedOutputs().stream().sorted().toList();
          return new BuildOutcome(Optional.empty(), outputs, written, r.warnings(), r.phases(),
              r.total(), Optional.ofNullable(profile).map(RenderProfile::table));
        } catch (BuildException e) {
          return BuildOutcome.failed(SiteError.of(e), List.of(), Duration.ofNanos(System.nanoTime() - start));
        }
      });
    }
  }

  /**
   * Runs {@code work} with the options' class loader as the thread's context class loader: the
   * loader classpath themes and plugins are looked up through.
   */
  static <T> T withLoader(SiteOptions options, Supplier<T> work) {
    if (options.classLoader().isEmpty()) return work.get();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(options.classLoader().get());
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}

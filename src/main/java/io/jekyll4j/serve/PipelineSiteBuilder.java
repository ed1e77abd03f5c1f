package io.jekyll4j.serve;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.BuildResult;
import io.jekyll4j.build.ChangeSet;
import io.jekyll4j.build.EarlyOutputs;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the dev server with the real build {@link Pipeline}: every batch of changes is a build
 * of the whole site in the same session (config re-read each time, so a {@code _config.yml}
 * change applies without a restart). Every output is rendered and checked before the destination
 * is touched, so a build that stops on a mistake leaves the last good site being served.
 */
public final class PipelineSiteBuilder implements SiteBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineSiteBuilder.class);
  private static final List<String> NEVER_WATCHED =
      List.of(".git", ".hg", ".svn", ".jekyll-cache", ".sass-cache", ".jekyll-metadata",
          "node_modules", "vendor", "target", ".idea", ".vscode");

  private final Pipeline pipeline;
  private final java.util.function.Consumer<String> warnings;
  private final Path source;
  private final Path destination;
  private final List<String> ignoredPrefixes;
  /** Done once the first build has read the site, or ended. */
  private final java.util.concurrent.CountDownLatch firstRead = new java.util.concurrent.CountDownLatch(1);
  /** The first build's outputs once it renders; empty once it ended without them. */
  private volatile java.util.concurrent.CompletableFuture<Optional<EarlyOutputs>> firstOutputs =
      new java.util.concurrent.CompletableFuture<>();

  public PipelineSiteBuilder(Pipeline pipeline, List<String> excludes) {
    this(pipeline, excludes, w -> System.err.println(String.format("%20s", "") + w));
  }

  /** A builder that hands each build's warnings to {@code warnings} (the console, in Jekyll's shape). */
  public PipelineSiteBuilder(Pipeline pipeline, List<String> excludes, java.util.function.Consumer<String> warnings) {
    this.warnings = warnings;
    this.pipeline = pipeline.onEarlyOutputs(this::renderStarted).onRead(firstRead::countDown);
    BuildOptions options = pipeline.options();
    this.source = options.source().toAbsolutePath().normalize();
    this.destination = options.destination().toAbsolutePath().normalize();
    this.ignoredPrefixes = ignoredPrefixes(excludes);
  }

  private List<String> ignoredPrefixes(List<String> excludes) {
    List<String> out = new java.util.ArrayList<>(NEVER_WATCHED);
    for (String e : excludes) {
      String p = e.replace('\\', '/');
      while (p.startsWith("/") || p.startsWith("./")) {
        p = p.substring(p.startsWith("/") ? 1 : 2);
      }
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      if (!p.isEmpty() && p.chars().noneMatch(ch -> ch == '*' || ch == '?' || ch == '[')) {
        out.add(p);
      }
    }
    if (destination.startsWith(source) && !destination.equals(source)) {
      String rel = source.relativize(destination).toString().replace('\\', '/');
      out.add(rel);
      String parent = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
      String name = destination.getFileName().toString();
      out.add(parent + "." + name + ".jekyll4j-staging"); // the writer's staging folders
      out.add(parent + "." + name + ".jekyll4j-old");
    }
    return List.copyOf(out);
  }

  /** The theme's folder when the site's theme is a folder on the theme path (not a jar, not a gem). */
  @Override
  public java.util.Map<Path, java.util.function.Predicate<String>> watchedOutside() {
    return io.jekyll4j.build.ThemeFolder.watched(pipeline.options())
        .<java.util.Map<Path, java.util.function.Predicate<String>>>map(
            root -> java.util.Map.of(root, rel -> io.jekyll4j.build.ThemeFolder.isThemeFile(rel)
                && !root.resolve(rel).startsWith(source) && !root.resolve(rel).startsWith(destination)))
        .orElse(java.util.Map.of());
  }

  @Override
  public BuildReport build(SourceChanges changes) {
    long start = System.nanoTime();
    try {
      BuildResult result = changes.full() ? pipeline.build() : pipeline.rebuild(toChangeSet(changes));
      result.warnings().forEach(warnings);
      LOG.debug("build phases {}", result.phases());
      return BuildReport.success(result.changedOutputs(), result.total());
    } catch (BuildException e) {
      Optional<SourceLocation> at = e.location();
      String message = e.describe();
      return BuildReport.failed(new BuildFailure(message, at.map(SourceLocation::path),
          at.map(SourceLocation::line).orElse(0)), since(start));
    } catch (RuntimeException e) {
      LOG.error("build failed unexpectedly", e);
      return BuildReport.failed(new BuildFailure("internal error: " + e, Optional.empty(), 0),
          since(start));
    } catch (OutOfMemoryError | StackOverflowError e) {
      // the rebuild thread lives on: the overlay shows this, the last good site stays served
      String what = e instanceof OutOfMemoryError ? "Out of memory" : "Nested too deeply (stack overflow)";
      return BuildReport.failed(new BuildFailure(what + " while building the site; fix the input and save again",
          Optional.empty(), 0), since(start));
    } finally {
      // after the first build: requests go to the destination; let its site be collected
      firstRead.countDown();
      firstOutputs.complete(Optional.empty());
      firstOutputs = java.util.concurrent.CompletableFuture.completedFuture(Optional.empty());
      pipeline.onEarlyOutputs(null).onRead(null);
    }
  }

  /** A full render starts: during the first build, requests can be answered from it now. */
  void renderStarted(EarlyOutputs early) {
    firstOutputs.complete(Optional.of(early));
  }

  @Override
  public void awaitFirstRead(long millis) throws InterruptedException {
    firstRead.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  @Override
  public Optional<EarlyOutputs> firstBuildOutputs() throws InterruptedException {
    try {
      return firstOutputs.get();
    } catch (java.util.concurrent.ExecutionException e) {
      return Optional.empty();
    }
  }

  private static ChangeSet toChangeSet(SourceChanges changes) {
    return ChangeSet.of(changes.changes().stream()
        .map(c -> new ChangeSet.Change(c.path(), ChangeSet.Kind.valueOf(c.kind().name())))
        .toList());
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Override
  public Path destination() {
    return destination;
  }

  @Override
  public Optional<String> baseurl() {
    return pipeline.lastConfig().map(config -> config.string("baseurl", ""));
  }

  @Override
  public Optional<Path> previousDestination() {
    // the writer moves the old folder here, then the new one into place
    return Optional.of(destination.resolveSibling("." + destination.getFileName() + ".jekyll4j-old"));
  }

  @Override
  public boolean ignores(String relativePath) {
    for (String p : ignoredPrefixes) {
      if (relativePath.equals(p) || relativePath.startsWith(p + "/")) {
        return true;
      }
    }
    return false;
  }
}

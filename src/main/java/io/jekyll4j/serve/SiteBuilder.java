package io.jekyll4j.serve;

import java.nio.file.Path;

/**
 * What the dev server needs from the build pipeline: build (the first time, or after a batch of
 * source changes) into {@link #destination()}, and say what changed. A failed build must leave
 * the previous output in place, so the server keeps serving the last good site.
 */
public interface SiteBuilder {

  /** Builds; never throws for user mistakes (they come back as a failed report). */
  BuildReport build(SourceChanges changes);

  /** The folder the built site is written to and served from. */
  Path destination();

  /** Whether a source-relative path is outside the site (destination, excludes, .git ...). */
  boolean ignores(String relativePath);

  /** The baseurl the last successful build used (the config may change it while serving). */
  default java.util.Optional<String> baseurl() {
    return java.util.Optional.empty();
  }

  /**
   * While the first build runs: waits until it starts rendering (or ends) and gives what it will
   * write, so a request can be answered before the whole site is done. Empty when the build ended
   * first, failed before rendering, or the builder cannot render ahead.
   */
  default java.util.Optional<io.jekyll4j.build.EarlyOutputs> firstBuildOutputs()
      throws InterruptedException {
    return java.util.Optional.empty();
  }

  /**
   * While the first build runs: waits (at most {@code millis}) until it has read the site (or
   * ended). The server sets itself up after that, on the core the build's single-threaded steps
   * leave free, instead of during the read, which uses every core.
   */
  default void awaitFirstRead(long millis) throws InterruptedException {}

  /**
   * Folders outside the source whose changes need a full rebuild (a theme that is a folder of its
   * own), with the test of which paths in each count.
   */
  default java.util.Map<Path, java.util.function.Predicate<String>> watchedOutside() {
    return java.util.Map.of();
  }

  /** Where the previous output sits for a moment while a full rebuild swaps the new one in. */
  default java.util.Optional<Path> previousDestination() {
    return java.util.Optional.empty();
  }
}

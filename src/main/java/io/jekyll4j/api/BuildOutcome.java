package io.jekyll4j.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one build did: either the site was written (the outputs, the ones written by this
 * build, the warnings and timings), or it failed with an {@link #error()}. A failed build leaves
 * the previous output in place.
 *
 * @param error why the build failed; empty when it succeeded
 * @param outputs every file of the built site, as paths relative to the destination, sorted
 * @param written the outputs this build wrote (all of them on a first build; on a rebuild, the
 *     ones whose content changed)
 * @param warnings the build's warnings, in order (a missing layout, a URL written twice, ...)
 * @param phases the time of each phase (configure, read, generate, link, render, write)
 * @param total the time of the whole build
 * @param profile with {@link SiteOptions#profile()}, the per-template Liquid profile table
 */
public record BuildOutcome(
    Optional<SiteError> error,
    List<String> outputs,
    List<String> written,
    List<String> warnings,
    Map<String, Duration> phases,
    Duration total,
    Optional<String> profile) {

  public BuildOutcome {
    outputs = List.copyOf(outputs);
    written = List.copyOf(written);
    warnings = List.copyOf(warnings);
    phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
  }

  static BuildOutcome failed(SiteError error, List<String> warnings, Duration took) {
    return new BuildOutcome(Optional.of(error), List.of(), List.of(), warnings, Map.of(), took,
        Optional.empty());
  }

  /** True when the site was built. */
  public boolean succeeded() {
    return error.isEmpty();
  }

  /** How many files this build wrote. */
  public int pagesWritten() {
    return written.size();
  }
}

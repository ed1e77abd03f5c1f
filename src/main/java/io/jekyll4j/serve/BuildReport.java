package io.jekyll4j.serve;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of one (re)build as the dev server needs it: failed with a {@link BuildFailure},
 * or succeeded having changed these output files ({@code /}-separated, relative to the
 * destination). The reload decision is made from {@link #changedOutputs()}.
 */
public record BuildReport(Optional<BuildFailure> failure, Set<String> changedOutputs, Duration took) {

  public BuildReport {
    changedOutputs = Set.copyOf(changedOutputs);
  }

  public static BuildReport success(Set<String> changedOutputs, Duration took) {
    return new BuildReport(Optional.empty(), changedOutputs, took);
  }

  public static BuildReport failed(BuildFailure failure, Duration took) {
    return new BuildReport(Optional.of(failure), Set.of(), took);
  }

  public boolean succeeded() {
    return failure.isEmpty();
  }
}

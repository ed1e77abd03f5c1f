package io.jekyll4j.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a build produced: every output (relative path to content hash), which outputs changed
 * since the session's previous build, the warnings, and phase timings.
 */
public record BuildResult(
    Map<String, String> outputHashes,
    Set<String> changedOutputs,
    List<String> warnings,
    Map<String, Duration> phases,
    Duration total) {}

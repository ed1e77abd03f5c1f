package io.jekyll4j.build;

import java.util.Optional;
import java.util.Set;

/**
 * What one build does, as the planner decides it before reading ({@link RebuildPlanner#plan}) and
 * hands to the pipeline's steps: everything ({@link Full}), or only what the changes reach ({@link
 * Partial}). The steps filter by the plan rather than decide; a step that finds a partial plan
 * cannot hold (re-read files whose dates moved them) widens it through {@link Partial#readingAll}.
 */
sealed interface RebuildPlan permits RebuildPlan.Full, RebuildPlan.Partial {
  /** Read, render and write the whole site (a first build, after a failure, or when unsure). */
  record Full(String why) implements RebuildPlan {}

  /**
   * Render only the items the {@code changes} reach (by the dependencies the last build recorded)
   * and rewrite only the outputs that changed.
   *
   * @param changes what changed since the last build
   * @param rereadOnly the files to re-read into the last site read; empty: read the whole site
   */
  record Partial(ChangeSet changes, Optional<Set<String>> rereadOnly) implements RebuildPlan {
    public Partial {
      rereadOnly = rereadOnly.map(Set::copyOf);
    }

    /** The same plan, reading the whole site again. */
    Partial readingAll() {
      return new Partial(changes, Optional.empty());
    }
  }

  /** The changes behind this plan (everything, for a full plan). */
  default ChangeSet changes() {
    return this instanceof Partial p ? p.changes() : ChangeSet.everything();
  }

  /** Whether only some files were re-read into the last site. */
  default boolean partialRead() {
    return this instanceof Partial p && p.rereadOnly().isPresent();
  }

  /** Whether {@code path} is among the files re-read into the last site (never, for a full read). */
  default boolean reread(String path) {
    return this instanceof Partial p && p.rereadOnly().isPresent() && p.rereadOnly().get().contains(path);
  }
}

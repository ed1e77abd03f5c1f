package io.jekyll4j.liquid;

import java.util.Optional;

/**
 * Port through which the {@code include} tags find their files; {@code build} backs it with the
 * site's {@code _includes} folder. Kept as an interface so that {@code liquid} does no file I/O
 * of its own and so that reads can be recorded for incremental rebuilds.
 */
public interface IncludeSource {
  /** A file found for an include: its source-relative path and text. */
  record Found(String relativePath, String text) {}

  /** The file {@code name} in the includes folder, if it exists inside it. */
  Optional<Found> include(String name);

  /** The file {@code name} relative to {@code dir} (a source-relative folder), for include_relative. */
  Optional<Found> relative(String dir, String name);
}

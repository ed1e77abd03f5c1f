package io.jekyll4j.source;

import io.jekyll4j.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One post file read and its front matter parsed ahead, on all cores: reading a thousand posts
 * is mostly YAML parsing, and the rest of reading a document is cheap. What reading reported
 * (YAML warnings, or the error that stops the build) is kept and replayed in file order, so a
 * build reports exactly what a sequential read would.
 */
final class PrefetchedFile {
  private final SiteReader.ParsedFile parsed;
  private final Diagnostics reported;
  private final RuntimeException failure;

  private PrefetchedFile(SiteReader.ParsedFile parsed, Diagnostics reported, RuntimeException failure) {
    this.parsed = parsed;
    this.reported = reported;
    this.failure = failure;
  }

  /** Reads the files (paths relative to {@code source}), in parallel, in the given order. */
  static List<PrefetchedFile> readAll(List<String> rels, Path source) {
    return IntStream.range(0, rels.size()).parallel()
        .mapToObj(i -> read(source.resolve(rels.get(i)), rels.get(i)))
        .toList();
  }

  private static PrefetchedFile read(Path file, String rel) {
    Diagnostics reported = new Diagnostics();
    try {
      return new PrefetchedFile(SiteReader.ParsedFile.read(file, rel, reported), reported, null);
    } catch (RuntimeException e) {
      return new PrefetchedFile(null, reported, e);
    }
  }

  /** Passes on what reading reported, then gives the file or throws what reading threw. */
  SiteReader.ParsedFile replay(Diagnostics diagnostics) {
    reported.warnings().forEach(diagnostics::warn);
    if (failure != null) throw failure;
    return parsed;
  }
}

package io.jekyll4j.liquid;

import java.io.IOException;
import java.nio.file.Path;
import liqp.antlr.CharStreamWithLocation;
import liqp.antlr.NameResolver;
import liqp.org.antlr.v4.runtime.CharStreams;

/** Lets liqp's include tag read files through our {@link IncludeSource}. */
final class IncludeResolver implements NameResolver {
  private final IncludeSource source;

  IncludeResolver(IncludeSource source) {
    this.source = source;
  }

  @Override
  public CharStreamWithLocation resolve(String name) throws IOException {
    IncludeSource.Found f =
        source
            .include(name)
            .orElseThrow(
                () -> new IOException(
                    "Could not locate the included file '" + name + "' in any of [\"_includes\"]."
                        + " Ensure it exists in one of those directories and is not a symlink as"
                        + " those are not allowed in safe mode."));
    return new CharStreamWithLocation(
        CharStreams.fromString(f.text(), f.relativePath()), Path.of(f.relativePath()));
  }
}

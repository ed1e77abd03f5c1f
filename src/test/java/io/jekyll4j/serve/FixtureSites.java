package io.jekyll4j.serve;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Copies a fixture site from {@code src/test/resources/sites/} so a test may edit it. */
final class FixtureSites {
  private FixtureSites() {}

  static Path copy(String name, Path target) {
    try {
      Path from = Path.of(FixtureSites.class.getResource("/sites/" + name).toURI());
      try (Stream<Path> files = Files.walk(from)) {
        for (Path p : files.toList()) {
          Path to = target.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The real pipeline as {@code serve} sets it up: {@code site.url} is the server's address. */
  static DevServer.BuilderFactory pipeline(Path source, Path destination) {
    return url -> new PipelineSiteBuilder(
        new Pipeline(BuildOptions.of(source, destination).withOverrides(Map.of("url", url))),
        List.of());
  }
}

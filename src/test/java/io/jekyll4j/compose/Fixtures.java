package io.jekyll4j.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Copies a fixture site of {@code compose/sites/} to a temporary folder, and reads files. */
final class Fixtures {
  /** 2024-05-06 07:08:09 UTC, the "now" of every compose test. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static Path copy(String name, Path target) {
    try {
      Path from =
          Path.of(
              Objects.requireNonNull(Fixtures.class.getResource("/compose/sites/" + name), name)
                  .toURI());
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : walk.toList()) {
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

  static ComposeSite site(String name, Path target) {
    Path source = copy(name, target);
    return new ComposeSite(source, ComposeSettings.read(source, List.of()), CLOCK);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

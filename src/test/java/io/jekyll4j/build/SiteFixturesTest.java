package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.testkit.SiteCompare;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every fixture site under {@code src/test/resources/sites/} and compares it, file by
 * file and the way compare-sites does, with what real Jekyll wrote for it ({@code
 * NAME.expected/}, made by {@code src/test/scripts/make-site-expected}). Fixtures are read from
 * the source tree, not the classpath, because resource copying drops backup and dot files.
 */
class SiteFixturesTest {
  static final Path SITES = Path.of("src/test/resources/sites");

  static Stream<String> sites() throws IOException {
    try (Stream<Path> s = Files.list(SITES)) {
      return s.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".expected"))
          .filter(n -> Files.isDirectory(SITES.resolve(n + ".expected")))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** Builds a fixture as jekyll-build builds the oracle: pinned time, production. */
  static Path build(String name, Path out) {
    BuildOptions options =
        new BuildOptions(
            SITES.resolve(name), out, List.of(),
            Map.of("time", "2030-01-01 00:00:00 +0000"), false, false, false, "production");
    new Pipeline(options).build();
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void fixtureSiteMatchesRealJekyll(String name, @TempDir Path tmp) {
    Path out = build(name, tmp.resolve("site"));
    Map<String, String> diffs = SiteCompare.compareTrees(SITES.resolve(name + ".expected"), out);
    // Source maps: Debian's Jekyll uses libsass, we use Dart Sass (as upstream Jekyll 4.3 with
    // jekyll-sass-converter 3 does); their mappings differ byte for byte by design.
    diffs.keySet().removeIf(k -> k.endsWith(".css.map"));
    assertThat(diffs).as("files differing from real Jekyll's output").isEmpty();
    assertThat(SiteCompare.extraFiles(SITES.resolve(name + ".expected"), out))
        .as("files Jekyll does not write")
        .isEmpty();
  }
}

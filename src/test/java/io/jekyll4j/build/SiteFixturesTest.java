package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.testkit.SiteCompare;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every fixture site under {@code src/test/resources/sites/} and compares the output with
 * real Jekyll's, committed beside it as {@code <name>.expected/} (made by {@code
 * src/test/scripts/make-site-expected}). The build gets what the oracle got: time pinned to
 * 2030-01-01, JEKYLL_ENV=production, every source file's mtime set to that time, UTC. Fixtures
 * are copied from the source tree, not the classpath, because resource copying drops backup and
 * dot files. Sites with {@code theme:} find their theme among the test themes.
 */
class SiteFixturesTest {
  static final Path SITES = Path.of("src/test/resources/sites");
  static final long EPOCH_SECONDS = 1893456000L;
  /** The test themes ({@code NAME-VERSION/}), which fixture sites name with {@code theme:}. */
  static final Path THEMES = Path.of("src/test/resources/themes");

  static List<String> fixtures() throws IOException {
    try (Stream<Path> s = Files.list(SITES)) {
      return s.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".expected"))
          .filter(n -> Files.isDirectory(SITES.resolve(n + ".expected")))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureSiteBuildsAsJekyllDoes(String name, @TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("site");
    copyWithPinnedTimes(SITES.resolve(name), source);
    Path destination = tmp.resolve("out");
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("time", "2030-01-01 00:00:00 +0000");
    if (!Files.readString(configOf(source)).contains("timezone:")) overrides.put("timezone", "UTC");
    BuildOptions options =
        new BuildOptions(source, destination, List.of(), overrides, false, false, false, "production")
            .withThemePath(List.of(THEMES));
    new Pipeline(options).build();

    Path expected = SITES.resolve(name + ".expected");
    Map<String, String> diffs = SiteCompare.compareTrees(expected, destination);
    // Source maps: Debian's Jekyll uses libsass, we use Dart Sass (as upstream Jekyll 4.3 with
    // jekyll-sass-converter 3 does); their mappings differ byte for byte by design.
    diffs.keySet().removeIf(k -> k.endsWith(".css.map"));
    List<String> extra = SiteCompare.extraFiles(expected, destination);
    String report =
        diffs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    assertThat(diffs).as("differences in %s:\n%s", name, report).isEmpty();
    assertThat(extra).as("files Jekyll does not write in %s", name).isEmpty();
  }

  /**
   * {@code serve} renders the page a browser asks for ahead of the others while the first build
   * runs. Here every output is taken that way, last first, before the build renders anything: each
   * must be exactly what the build then writes, and the site still what Jekyll writes.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyOutputTakenAheadOfItsTurnIsWhatTheBuildWrites(String name, @TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("site");
    copyWithPinnedTimes(SITES.resolve(name), source);
    Path destination = tmp.resolve("out");
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("time", "2030-01-01 00:00:00 +0000");
    if (!Files.readString(configOf(source)).contains("timezone:")) overrides.put("timezone", "UTC");
    BuildOptions options =
        new BuildOptions(source, destination, List.of(), overrides, false, false, false, "production")
            .withThemePath(List.of(THEMES));
    Map<String, byte[]> taken = new LinkedHashMap<>();
    new Pipeline(options).onEarlyOutputs(early -> {
      List<String> paths = new ArrayList<>(early.paths());
      java.util.Collections.reverse(paths);
      for (String path : paths) {
        EarlyOutputs.Output out = early.get(path).orElseThrow();
        try {
          taken.put(path, out instanceof EarlyOutputs.Output.Rendered r ? r.bytes()
              : Files.readAllBytes(((EarlyOutputs.Output.Copied) out).file()));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }).build();

    assertThat(taken).as("outputs of %s", name).isNotEmpty();
    for (Map.Entry<String, byte[]> e : taken.entrySet()) {
      assertThat(e.getValue()).as("%s in %s", e.getKey(), name)
          .isEqualTo(Files.readAllBytes(destination.resolve(e.getKey())));
    }
    Map<String, String> diffs = SiteCompare.compareTrees(SITES.resolve(name + ".expected"), destination);
    diffs.keySet().removeIf(k -> k.endsWith(".css.map"));
    assertThat(diffs).as("differences in %s", name).isEmpty();
  }

  private static Path configOf(Path source) throws IOException {
    Path c = source.resolve("_config.yml");
    if (!Files.exists(c)) Files.writeString(c, "");
    return c;
  }

  private static void copyWithPinnedTimes(Path from, Path to) throws IOException {
    FileTime t = FileTime.fromMillis(EPOCH_SECONDS * 1000);
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
          dirs.add(target);
        } else {
          Files.copy(p, target);
          Files.setLastModifiedTime(target, t);
        }
      }
    }
    for (Path d : dirs) Files.setLastModifiedTime(d, t);
  }
}

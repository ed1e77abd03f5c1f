package io.jekyll4j.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.BuildResult;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.hardening.BadInputCases.Case;
import io.jekyll4j.hardening.BadInputCases.Kind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17's bad-input suite: every case of {@link BadInputCases} is built once, bounded in time,
 * and must end in the expected outcome with no crash (nothing but a {@link BuildException}
 * escapes), no file written or read outside the source and the destination, no half-written
 * destination (a failed build leaves the previous one as it was), and every error naming its
 * file and line.
 */
class BadInputSuiteTest {
  /** Generous: the slowest case takes a few seconds on a loaded 2-core machine. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path root;

  /** All cases; {@code -Djekyll4j.badinputs=TEXT} keeps those whose name contains TEXT. */
  static Stream<Case> cases() {
    String only = System.getProperty("jekyll4j.badinputs", "");
    return BadInputCases.all().stream().filter(c -> c.toString().contains(only));
  }

  @Test
  void theTableHasAtLeastOneHundredFiftyInputsInEveryCategory() {
    List<Case> all = BadInputCases.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    assertThat(all.stream().map(Case::category).distinct()).contains("config", "front matter", "liquid",
        "markdown", "sass", "file names", "encodings", "symlinks", "permissions", "paths", "huge");
    assertThat(all.stream().map(Case::toString).distinct().count()).isEqualTo(all.size());
  }

  /** Jekyll 4.3.1's outcome of each case, recorded by {@code src/test/scripts/bad-inputs-oracle}. */
  static Map<String, String[]> jekyllOutcomes() throws IOException {
    Map<String, String[]> out = new TreeMap<>();
    try (var in = BadInputSuiteTest.class.getResourceAsStream("/hardening/jekyll-outcomes.tsv")) {
      if (in == null) return out;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        out.put(f[0], new String[] {f[1], f.length > 2 ? f[2] : ""});
      }
    }
    return out;
  }

  @Test
  void jekyllsOutcomeIsRecordedBesideEveryCaseAndAgreesWhereTheCaseFollowsIt() throws IOException {
    Map<String, String[]> jekyll = jekyllOutcomes();
    for (Case c : BadInputCases.all()) {
      assertThat(jekyll).as("Jekyll's outcome recorded for " + c + " (run src/test/scripts/bad-inputs-oracle)")
          .containsKey(c.toString());
      if (c.oracle()) {
        assertThat(jekyll.get(c.toString())[0]).as("Jekyll's outcome of " + c)
            .isEqualTo(c.expect().kind().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildsCleanly(Case c) throws Exception {
    Path src = BadInputCases.materialize(c, root);
    Path outside = root.resolve("outside");
    Path out = root.resolve("out");
    Map<String, String> sourceBefore = snapshot(src);
    Map<String, String> outsideBefore = snapshot(outside);

    Object[] outcome = new Object[1];
    long started = System.nanoTime();
    try {
      assertTimeoutPreemptively(BOUND, () -> {
        try {
          outcome[0] = new Pipeline(BuildOptions.of(src, out)).build();
        } catch (BuildException e) {
          outcome[0] = e;
        } catch (Throwable t) {
          outcome[0] = t;
        }
      }, () -> "hang: " + c + " took over " + BOUND.toSeconds() + " s");
    } finally {
      restorePermissions(src);
      if (Boolean.getBoolean("jekyll4j.badinputs.times")) {
        System.err.printf("%6.2f s  %s%n", (System.nanoTime() - started) / 1e9, c);
      }
    }

    if (outcome[0] instanceof Throwable t && !(t instanceof BuildException)) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      fail("crash: " + c + ": " + trace);
    }
    // nothing written outside source and destination
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.map(p -> p.getFileName().toString())).as("folders beside the site")
          .containsExactlyInAnyOrder("src", "outside", "out");
    }
    assertThat(snapshot(outside)).as("outside untouched").isEqualTo(outsideBefore);
    Map<String, String> sourceAfter = snapshot(src);
    sourceAfter.keySet().removeIf(k -> k.startsWith(".jekyll-cache") || k.startsWith(".sass-cache"));
    assertThat(sourceAfter).as("source untouched").isEqualTo(sourceBefore);
    // nothing read outside: the canary never reaches the output
    assertThat(outputsHolding(out, BadInputCases.CANARY)).as("outputs holding a file from outside").isEmpty();

    Kind expected = c.expect().kind();
    if (outcome[0] instanceof BuildException e) {
      String described = e.describe();
      assertThat(expected).as("unexpected error for " + c + ": " + described).isIn(Kind.ERROR, Kind.ANY);
      assertThat(e.location()).as("error location: " + described).isPresent();
      assertThat(e.location().get().path()).as(described).isNotBlank();
      assertThat(e.location().get().line()).as("error line: " + described).isPositive();
      if (!(e instanceof io.jekyll4j.diag.MissingDependencyException)) {
        // (Jekyll's own "Dependency Error" text is kept word for word; its line is in the location)
        assertThat(described).as("names file:line").contains(e.location().get().toString());
      }
      assertThat(described).contains(c.expect().text());
      // not half-written: the previous destination is left exactly as it was
      try (Stream<Path> s = Files.list(out)) {
        assertThat(s.map(p -> p.getFileName().toString())).containsExactly("previous.txt");
      }
    } else {
      BuildResult r = (BuildResult) outcome[0];
      assertThat(expected).as("expected an error for " + c + ", built with warnings " + r.warnings())
          .isIn(Kind.OK, Kind.WARN, Kind.ANY);
      if (expected == Kind.WARN) {
        assertThat(r.warnings()).as("warnings").anySatisfy(w -> assertThat(w).contains(c.expect().text()));
      }
      assertThat(out.resolve("previous.txt")).as("the destination was replaced as a whole").doesNotExist();
      if (c.output() != null) {
        assertThat(Files.readString(out.resolve(c.output()))).contains(c.outputHas());
      }
    }
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        String rel = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          out.put(rel, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          try {
            out.put(rel, Arrays.hashCode(Files.readAllBytes(p)) + "/" + Files.size(p));
          } catch (IOException e) {
            out.put(rel, "unreadable");
          }
        } else {
          out.put(rel, "dir");
        }
      }
    }
    return out;
  }

  private static List<String> outputsHolding(Path out, String needle) throws IOException {
    byte[] n = needle.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> {
            try {
              return indexOf(Files.readAllBytes(p), n) >= 0;
            } catch (IOException e) {
              return false;
            }
          })
          .map(Path::toString).toList();
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }

  private static void restorePermissions(Path src) throws IOException {
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        if (Files.isSymbolicLink(p)) continue;
        p.toFile().setReadable(true, false);
        p.toFile().setWritable(true, true);
        if (Files.isDirectory(p)) p.toFile().setExecutable(true, false);
      }
    }
  }

  /** Case names, for the oracle script ({@code src/test/scripts/bad-inputs-oracle}). */
  static Set<String> names() {
    return Set.copyOf(BadInputCases.all().stream().map(Case::toString).toList());
  }
}

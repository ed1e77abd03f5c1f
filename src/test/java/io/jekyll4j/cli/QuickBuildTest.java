package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code build} read without picocli: the same flags as picocli sets, or picocli reads it. */
class QuickBuildTest {
  @TempDir Path tmp;

  private static final List<List<String>> QUICK = List.of(
      List.of("build"),
      List.of("b", "-q"),
      List.of("build", "-q", "-s", "site", "-d", "out", "--config", "_config.yml,time.yml"),
      List.of("build", "--source", "site", "--destination=out", "--config=a.yml", "--config", "b.yml,c.yml"),
      List.of("build", "-b", "/blog", "-D", "--future", "-U", "--profile", "-V", "-t", "--safe", "-I"),
      List.of("b", "--baseurl=/x", "--drafts", "--unpublished", "--quiet", "--verbose", "--trace", "--incremental"),
      List.of("build", "--theme-path", "themes", "--theme-path=more/themes", "-d", "a=b"),
      List.of("build", "--disable-disk-cache", "-q"));

  /** Left to picocli: it parses these differently, reports them, or prints help. */
  private static final List<List<String>> PICOCLI = List.of(
      List.of(),
      List.of("serve"),
      List.of("build", "--help"),
      List.of("build", "-h"),
      List.of("build", "-v"),
      List.of("build", "-qV"),
      List.of("build", "-sdir"),
      List.of("build", "-s=dir"),
      List.of("build", "-q", "-q"),
      List.of("build", "-s", "a", "--source", "b"),
      List.of("build", "-d"),
      List.of("build", "-d", "-q"),
      List.of("build", "-d", ""),
      List.of("build", "--quiet=true"),
      List.of("build", "--config", "a.yml,"),
      List.of("build", "--config", "a.yml,,b.yml"),
      List.of("build", "--config", "\"a,b\".yml"),
      List.of("build", "@args.txt"),
      List.of("build", "stray"),
      List.of("build", "--"),
      List.of("build", "--port", "4001"),
      List.of("build", "--sourc", "x"));

  @Test
  void plainBuildCommandLinesGiveTheFlagsPicocliWould() {
    for (List<String> args : QUICK) {
      Optional<BuildFlags> quick = QuickBuild.parse(args.toArray(String[]::new));
      assertThat(quick).as(args.toString()).isPresent();
      assertThat(describe(quick.get())).as(args.toString()).isEqualTo(describe(picocli(args)));
    }
  }

  @Test
  void everythingElseIsLeftToPicocli() {
    for (List<String> args : PICOCLI) {
      assertThat(QuickBuild.parse(args.toArray(String[]::new))).as(args.toString()).isEmpty();
    }
  }

  @Test
  void aQuickBuildWritesTheSite() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\n{{ site.title }} {{ site.baseurl }}\n");
    Files.writeString(tmp.resolve("_config.yml"), "title: Hi\n");
    BuildFlags flags = QuickBuild.parse(new String[] {
        "build", "-q", "-s", tmp.toString(), "-d", tmp.resolve("out").toString(), "-b", "/y"}).orElseThrow();
    assertThat(QuickBuild.run(flags)).isZero();
    assertThat(tmp.resolve("out/index.html")).hasContent("Hi /y\n");
  }

  @Test
  void aFailedQuickBuildExitsOne() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\n{% if %}\n");
    java.io.PrintStream old = System.err;
    try {
      System.setErr(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
      BuildFlags flags = QuickBuild.parse(new String[] {"build", "-q", "-s", tmp.toString()}).orElseThrow();
      assertThat(QuickBuild.run(flags)).isEqualTo(1);
    } finally {
      System.setErr(old);
    }
  }

  private static BuildFlags picocli(List<String> args) {
    String[] a = args.toArray(String[]::new);
    CommandLine.ParseResult parsed = Main.commandLine(a).parseArgs(a);
    return ((BuildCommand) parsed.subcommand().commandSpec().userObject()).flags;
  }

  static String describe(BuildFlags f) {
    return String.join("|", String.valueOf(f.source), String.valueOf(f.destination), String.valueOf(f.config),
        String.valueOf(f.baseurl), String.valueOf(f.themePath),
        "drafts=" + f.drafts, "future=" + f.future, "unpublished=" + f.unpublished, "profile=" + f.profile,
        "quiet=" + f.quiet, "verbose=" + f.verbose, "trace=" + f.trace, "safe=" + f.safe,
        "incremental=" + f.incremental, "disableDiskCache=" + f.disableDiskCache);
  }
}

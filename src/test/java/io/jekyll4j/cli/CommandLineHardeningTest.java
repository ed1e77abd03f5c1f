package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command-line faults of issue 17: help, -v/-V, destinations, sources, serve's address. */
class CommandLineHardeningTest {
  @TempDir Path tmp;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter pOut = new StringWriter();
    StringWriter pErr = new StringWriter();
    ByteArrayOutputStream sOut = new ByteArrayOutputStream();
    ByteArrayOutputStream sErr = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(sOut, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(sErr, true, StandardCharsets.UTF_8));
    try {
      CommandLine cl = Main.commandLine(args);
      cl.setOut(new PrintWriter(pOut, true));
      cl.setErr(new PrintWriter(pErr, true));
      int code = cl.execute(args);
      return new Run(code, pOut + sOut.toString(StandardCharsets.UTF_8), pErr + sErr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "b", "serve", "s", "server", "clean", "new", "page", "post", "draft",
      "publish", "unpublish", "rename"})
  void everySubcommandHasHelpUnderBothNames(String command) {
    for (String flag : new String[] {"--help", "-h"}) {
      Run r = run(command, flag);
      assertThat(r.code()).as(command + " " + flag).isZero();
      assertThat(r.err()).doesNotContain("Unknown option");
      assertThat(r.out()).contains("Usage: jekyll4j").contains("-h, --help").contains("-v, --version");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "serve", "clean", "page"})
  void lowercaseVIsTheVersionEverywhere(String command) {
    Run r = run(command, "-v");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Jekyll 4.3.1 compatible");
    assertThat(run("--version").out()).contains("Jekyll 4.3.1 compatible");
    assertThat(run("-v").out()).contains("Jekyll 4.3.1 compatible");
  }

  @Test
  void upperVIsVerboseAndNeverTheVersion() {
    assertThat(run("build", "--help").out()).contains("-V, --verbose");
    assertThat(run("serve", "--help").out()).contains("-V, --verbose");
    CommandLine cl = Main.commandLine(new String[] {"build"});
    CommandLine.ParseResult parsed = cl.parseArgs("build", "-V");
    BuildCommand build = (BuildCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(build.flags.verbose).isTrue();
    assertThat(parsed.subcommand().isVersionHelpRequested()).isFalse();
  }

  @Test
  void everyOptionOfEveryCommandHasADescription() {
    for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
      for (CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
        if (o.hidden()) continue;
        assertThat(String.join(" ", o.description()).strip())
            .as(sub.getCommandName() + " " + o.longestName()).isNotEmpty();
      }
    }
    assertThat(run("clean", "--help").out()).contains("Source directory").contains("Silence output");
  }

  @Test
  void destinationFromTheConfigIsHonoured() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\nhi\n");
    Files.writeString(tmp.resolve("_config.yml"), "destination: public\n");
    Run r = run("build", "-s", tmp.toString());
    assertThat(r.code()).isZero();
    assertThat(tmp.resolve("public/index.html")).hasContent("hi\n");
    assertThat(tmp.resolve("_site")).doesNotExist();
    assertThat(r.out()).contains("Destination: " + tmp.resolve("public"));
  }

  @Test
  void destinationFlagStillWinsOverTheConfig() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\nhi\n");
    Files.writeString(tmp.resolve("_config.yml"), "destination: public\n");
    assertThat(run("build", "-q", "-s", tmp.toString(), "-d", tmp.resolve("out").toString()).code()).isZero();
    assertThat(tmp.resolve("out/index.html")).exists();
    assertThat(tmp.resolve("public")).doesNotExist();
  }

  @Test
  void destinationThatIsAnExistingFileIsRefusedAndKept() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("index.html"), "---\n---\nhi\n");
    Path file = Files.writeString(tmp.resolve("notes.txt"), "precious\n");
    Run r = run("build", "-s", src.toString(), "-d", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(file).hasContent("precious\n");
    assertThat(r.err()).contains("is not a folder");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("src", "notes.txt");
    }
  }

  @Test
  void missingSourceIsAnErrorAndCreatesNothing() {
    Path missing = tmp.resolve("no/such/site");
    Run r = run("build", "-s", missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("does not exist");
    assertThat(r.out()).contains("Configuration file: none");
    assertThat(tmp.resolve("no")).doesNotExist();
    Run s = run("serve", "-s", missing.toString(), "-P", "0");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("does not exist");
    assertThat(tmp.resolve("no")).doesNotExist();
  }

  @Test
  void serveRejectsABadPortOrHostBeforeBuilding() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\nhi\n");
    for (String[] bad : new String[][] {{"-P", "99999"}, {"-P", "-1"}, {"-H", "256.1.1.1"}, {"-H", "1.2.3"}}) {
      Run r = run("serve", "-s", tmp.toString(), bad[0], bad[1], "--no-watch");
      assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(1);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).startsWith("             Error: Invalid ").doesNotContain("Exception");
      assertThat(r.out()).doesNotContain("Generating");
      assertThat(tmp.resolve("_site")).doesNotExist();
    }
    assertThat(ServeCommand.invalidAddress("127.0.0.1", 4000)).isEmpty();
    assertThat(ServeCommand.invalidAddress("localhost", 0)).isEmpty();
  }

  @Test
  void incrementalBuildSaysWhatItDoes() throws IOException {
    Files.writeString(tmp.resolve("index.html"), "---\n---\nhi\n");
    Run r = run("build", "-I", "-s", tmp.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("disabled").contains("Incremental build: not needed by build");
  }
}

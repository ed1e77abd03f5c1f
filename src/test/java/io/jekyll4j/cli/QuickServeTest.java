package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} read without picocli: the same settings as picocli sets, or picocli reads it. */
class QuickServeTest {
  private static final List<List<String>> QUICK = List.of(
      List.of("serve"),
      List.of("s", "-q"),
      List.of("server", "-s", "site", "-d", "out", "--config", "_config.yml,dev.yml", "-P", "4001", "-H", "0.0.0.0"),
      List.of("serve", "--port=4002", "--host=localhost", "-o", "--no-watch", "--no-livereload", "-D", "--future"),
      List.of("serve", "--open-url", "-b", "/blog", "--theme-path", "themes", "-U", "-V", "-t", "--safe", "-I",
          "--disable-disk-cache"));

  /** Left to picocli: it parses these differently, reports them, or prints help. */
  private static final List<List<String>> PICOCLI = List.of(
      List.of("build"),
      List.of("serve", "--help"),
      List.of("serve", "-P", "port"),
      List.of("serve", "-P", "-1"),
      List.of("serve", "-P", "99999999999"),
      List.of("serve", "--watch"),
      List.of("serve", "-w"),
      List.of("serve", "-l"),
      List.of("serve", "--livereload"),
      List.of("serve", "--no-watch", "--no-watch"),
      List.of("serve", "--no-watch=true"),
      List.of("serve", "--profile"),
      List.of("serve", "--livereload-port", "35729"),
      List.of("serve", "-P"),
      List.of("serve", "-oq"),
      List.of("serve", "stray"));

  @Test
  void plainServeCommandLinesGiveTheSettingsPicocliWould() {
    for (List<String> args : QUICK) {
      Optional<ServeCommand> quick = QuickServe.parse(args.toArray(String[]::new));
      assertThat(quick).as(args.toString()).isPresent();
      assertThat(describe(quick.get())).as(args.toString()).isEqualTo(describe(picocli(args)));
    }
  }

  @Test
  void everythingElseIsLeftToPicocli() {
    for (List<String> args : PICOCLI) {
      assertThat(QuickServe.parse(args.toArray(String[]::new))).as(args.toString()).isEmpty();
    }
  }

  @Test
  void aPortThatIsNotOneIsReportedBeforeAnythingIsBuilt() {
    ServeCommand serve = QuickServe.parse(new String[] {"serve", "-q", "-P", "70000"}).orElseThrow();
    java.io.PrintStream old = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(QuickServe.run(serve)).isEqualTo(1);
    } finally {
      System.setErr(old);
    }
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Invalid port 70000");
  }

  private static ServeCommand picocli(List<String> args) {
    String[] a = args.toArray(String[]::new);
    CommandLine.ParseResult parsed = Main.commandLine(a).parseArgs(a);
    return (ServeCommand) parsed.subcommand().commandSpec().userObject();
  }

  private static String describe(ServeCommand s) {
    return String.join("|", QuickBuildTest.describe(s.flags), "port=" + s.port, "host=" + s.host,
        "open=" + s.openUrl, "watch=" + s.watch, "livereload=" + s.livereload);
  }
}

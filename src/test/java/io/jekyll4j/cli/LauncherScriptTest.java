package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's {@code bin/jekyll4j} with a stand-in {@code java} that logs its arguments and
 * writes the files the real one would: which class archive it asks for, by the JVM's version.
 */
@EnabledOnOs(OS.LINUX)
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("src/dist/bin/jekyll4j");

  @TempDir Path tmp;

  /** A distribution folder with the script and a JDK folder whose java is the stand-in. */
  private Path install(String releaseVersion) throws IOException {
    Path dist = tmp.resolve("dist");
    Files.createDirectories(dist.resolve("bin"));
    Files.createDirectories(dist.resolve("lib"));
    Files.copy(SCRIPT, dist.resolve("bin/jekyll4j"));
    Files.writeString(dist.resolve("lib/jekyll4j.jar"), "not really a jar");
    Path jdk = tmp.resolve("jdk");
    Files.createDirectories(jdk.resolve("bin"));
    if (releaseVersion != null) {
      Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + releaseVersion + "\"\n");
    }
    Path java = jdk.resolve("bin/java");
    Files.writeString(java, String.join("\n",
        "#!/bin/sh",
        "echo \"$*\" >> '" + tmp.resolve("java.log") + "'",
        "mode=''",
        "for a in \"$@\"; do",
        "  case \"$a\" in",
        "    -XX:AOTConfiguration=*) conf=\"${a#*=}\" ;;",
        "    -XX:AOTCache=*) cache=\"${a#*=}\" ;;",
        "    -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;;",
        "    -XX:AOTMode=*) mode=\"${a#*=}\" ;;",
        "  esac",
        "done",
        "[ \"$mode\" = record ] && echo training > \"$conf\"",
        "[ \"$mode\" = create ] && echo cache > \"$cache\"",
        "exit ${FAKE_JAVA_EXIT:-0}",
        ""));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dist;
  }

  /** Runs {@code bin/jekyll4j build -q} and returns the stand-in java's command lines of this run. */
  private List<String> build(Path dist, int javaExit) throws Exception {
    return run(dist, "build", javaExit);
  }

  /** Runs {@code bin/jekyll4j COMMAND -q} and returns the stand-in java's command lines of this run. */
  private List<String> run(Path dist, String command, int javaExit) throws Exception {
    ProcessBuilder pb = launcher(dist, command);
    pb.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());
    pb.environment().put("FAKE_JAVA_EXIT", String.valueOf(javaExit));
    return javaCommands(pb, javaExit);
  }

  /** {@code bin/jekyll4j COMMAND -q}, with none of the user's JVM options and the test's cache. */
  private ProcessBuilder launcher(Path dist, String command) throws IOException {
    Files.deleteIfExists(tmp.resolve("java.log"));
    ProcessBuilder pb = new ProcessBuilder("sh", dist.resolve("bin/jekyll4j").toString(), command, "-q");
    Map<String, String> env = pb.environment();
    env.put("JEKYLL4J_CDS_DIR", tmp.resolve("cache").toString());
    env.remove("JAVA_OPTS");
    env.remove("JDK_JAVA_OPTIONS");
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("JEKYLL4J_RELAUNCH");
    return pb;
  }

  /** Runs the launcher and returns the stand-in java's command lines of this run. */
  private List<String> javaCommands(ProcessBuilder pb, int javaExit) throws Exception {
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isEqualTo(javaExit);
    assertThat(out).isEmpty();
    return Files.readAllLines(tmp.resolve("java.log"));
  }

  private List<String> cacheFiles() throws IOException {
    try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void java17WritesAClassDataArchiveAtExitThenMapsIt() throws Exception {
    Path dist = install("17.0.15");
    List<String> first = build(dist, 0);
    assertThat(first).hasSize(1);
    assertThat(first.get(0)).contains("-Xshare:auto", "-XX:ArchiveClassesAtExit=").doesNotContain("AOT", "unsafe");
    // the script waits for this JVM: it watches the script and stops if the script is killed
    assertThat(first.get(0)).contains("-Djekyll4j.child=1 ");
    // the parallel collector (on every core) with a small young generation
    assertThat(first.get(0)).contains(" -XX:+UseParallelGC ", " -Xmn64m ").doesNotContain("SerialGC");
    assertThat(first.get(0)).contains(" -Djava.locale.providers=COMPAT ", " -XX:-UsePerfData ");
    assertThat(cacheFiles()).singleElement().asString().startsWith("sh-cds-").endsWith(".jsa");
    List<String> second = build(dist, 0);
    assertThat(second).hasSize(1);
    assertThat(second.get(0))
        .contains("-Xshare:auto", "-XX:SharedArchiveFile=" + tmp.resolve("cache").resolve(cacheFiles().get(0)))
        .contains("-XX:ArchiveRelocationMode=0", "io.jekyll4j.cli.Launch build -q")
        .doesNotContain("AOT");
    // the script replaced itself with this JVM: its parent is the user's shell, not watched
    assertThat(second.get(0)).contains("-Djekyll4j.child=exec ").doesNotContain("-Djekyll4j.child=1");
  }

  @Test
  void java25RecordsTrainingThenCreatesAnAotCacheThenUsesIt() throws Exception {
    Path dist = install("25.0.3");
    List<String> first = build(dist, 0);
    assertThat(first).hasSize(2);
    assertThat(first.get(0))
        .contains("-XX:AOTMode=record", "-XX:AOTConfiguration=", "io.jekyll4j.cli.Launch build -q",
            "--sun-misc-unsafe-memory-access=allow")
        .doesNotContain("-Xshare", "SharedArchiveFile", "ArchiveClassesAtExit", "locale.providers");
    assertThat(first.get(1)).contains("-XX:AOTMode=create", "-XX:AOTCache=", "-cp " + dist.resolve("lib/jekyll4j.jar"))
        .doesNotContain("-Xshare", "io.jekyll4j.cli.Launch");
    // the training is gone, the cache kept under its final name
    assertThat(cacheFiles()).singleElement().asString().startsWith("sh-aot-").endsWith(".aot");
    List<String> second = build(dist, 0);
    assertThat(second).hasSize(1);
    assertThat(second.get(0))
        .contains("-XX:AOTCache=" + tmp.resolve("cache").resolve(cacheFiles().get(0)), "io.jekyll4j.cli.Launch build -q")
        .doesNotContain("-Xshare", "SharedArchiveFile", "AOTMode", "ArchiveRelocationMode");
  }

  @Test
  void aFailedFirstBuildLeavesNoCache() throws Exception {
    Path dist = install("25");
    List<String> first = build(dist, 1);
    assertThat(first).hasSize(1);
    assertThat(first.get(0)).contains("-XX:AOTMode=record");
    assertThat(cacheFiles()).isEmpty();
  }

  /**
   * A server only ends when stopped: its JVM writes the archive at that exit (status 130 after
   * Ctrl-C, 143 after SIGTERM), which is kept, or serve would never have one. A build stopped so
   * keeps none.
   */
  @Test
  void aServerStoppedByTheUserKeepsItsArchiveAndAStoppedBuildDoesNot() throws Exception {
    Path dist = install("17.0.15");
    assertThat(run(dist, "build", 130)).singleElement().asString().contains("-XX:ArchiveClassesAtExit=");
    assertThat(tmp.resolve("cache")).isEmptyDirectory();
    assertThat(run(dist, "serve", 143)).singleElement().asString().contains("-XX:ArchiveClassesAtExit=");
    assertThat(cacheFiles()).singleElement().asString().startsWith("sh-serve-cds-").endsWith(".jsa");
    assertThat(run(dist, "serve", 130)).singleElement().asString().contains("-XX:SharedArchiveFile=");
  }

  /**
   * java found on the PATH through a link (Debian's /usr/bin/java): the archive is keyed by the
   * JVM the link leads to, so a JVM updated under an unchanged launcher gets a new archive
   * instead of one the JVM would refuse (silently, under -Xshare:auto) on every run.
   */
  @Test
  void anUpdatedJvmBehindALinkedJavaGetsANewArchive() throws Exception {
    Path dist = install("17.0.15");
    Path libjvm = tmp.resolve("jdk/lib/server/libjvm.so");
    Files.createDirectories(libjvm.getParent());
    Files.writeString(libjvm, "jvm 1");
    Path onPath = Files.createDirectories(tmp.resolve("path"));
    Files.createSymbolicLink(onPath.resolve("java"), tmp.resolve("jdk/bin/java"));
    assertThat(runFromPath(dist, onPath)).singleElement().asString().contains("-XX:ArchiveClassesAtExit=");
    assertThat(runFromPath(dist, onPath)).singleElement().asString().contains("-XX:SharedArchiveFile=");
    Files.writeString(libjvm, "jvm 1, updated");
    assertThat(runFromPath(dist, onPath)).singleElement().asString().contains("-XX:ArchiveClassesAtExit=");
    assertThat(cacheFiles()).hasSize(1);
  }

  /** {@code bin/jekyll4j build -q} with no JAVA_HOME: java is the one {@code onPath} holds. */
  private List<String> runFromPath(Path dist, Path onPath) throws Exception {
    ProcessBuilder pb = launcher(dist, "build");
    pb.environment().remove("JAVA_HOME");
    pb.environment().put("PATH", onPath + ":" + pb.environment().getOrDefault("PATH", "/usr/bin:/bin"));
    return javaCommands(pb, 0);
  }

  /** A build's archive holds no server classes: serve and build each make and map their own. */
  @Test
  void serveAndBuildEachHaveTheirOwnArchive() throws Exception {
    Path dist = install("17.0.15");
    assertThat(run(dist, "serve", 130)).singleElement().asString().contains("-XX:ArchiveClassesAtExit=");
    String serve = cacheFiles().get(0);
    assertThat(serve).startsWith("sh-serve-cds-");
    assertThat(run(dist, "build", 0)).singleElement().asString().contains("-XX:ArchiveClassesAtExit=");
    assertThat(cacheFiles()).hasSize(2).contains(serve).anyMatch(f -> f.startsWith("sh-cds-"));
    String build = cacheFiles().stream().filter(f -> f.startsWith("sh-cds-")).findFirst().orElseThrow();
    assertThat(run(dist, "build", 0)).singleElement().asString()
        .contains("-XX:SharedArchiveFile=" + tmp.resolve("cache").resolve(build));
    assertThat(run(dist, "s", 130)).singleElement().asString()
        .contains("-XX:SharedArchiveFile=" + tmp.resolve("cache").resolve(serve));
    assertThat(cacheFiles()).containsExactlyInAnyOrder(serve, build);
  }

  @Test
  void aServerStoppedOnJava25KeepsNoHalfMadeCache() throws Exception {
    Path dist = install("25.0.3");
    assertThat(run(dist, "serve", 130)).singleElement().asString().contains("-XX:AOTMode=record");
    assertThat(tmp.resolve("cache")).isEmptyDirectory();
  }

  @Test
  void anUnknownVersionKeepsTheClassDataArchive() throws Exception {
    Path dist = install(null);
    assertThat(build(dist, 0)).singleElement().asString().contains("-Xshare:auto", "-XX:ArchiveClassesAtExit=")
        .doesNotContain("locale.providers");
    assertThat(cacheFiles()).singleElement().asString().startsWith("sh-cds-");
  }

  @Test
  void java24KeepsTheClassDataArchive() throws Exception {
    Path dist = install("24.0.1");
    assertThat(build(dist, 0)).singleElement().asString()
        .contains("-Xshare:auto", "-XX:ArchiveClassesAtExit=", "--sun-misc-unsafe-memory-access=allow");
  }

  @Test
  void laterJavaVersionsUseTheAotCache() throws Exception {
    Path dist = install("26-ea");
    assertThat(build(dist, 0)).first().asString().contains("-XX:AOTMode=record");
  }
}

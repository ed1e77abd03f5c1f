package io.jekyll4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedLaunchTest {
  @Test
  void buildAndServeAreRelaunchedByNameOrAlias() {
    assertThat(TunedLaunch.relaunched(new String[] {"build", "-q"})).contains("build");
    assertThat(TunedLaunch.relaunched(new String[] {"b"})).contains("build");
    assertThat(TunedLaunch.relaunched(new String[] {"serve", "-P", "4001"})).contains("serve");
    assertThat(TunedLaunch.relaunched(new String[] {"s"})).contains("serve");
    assertThat(TunedLaunch.relaunched(new String[] {"server"})).contains("serve");
    assertThat(TunedLaunch.relaunched(new String[] {"new", "blog"})).isEmpty();
    assertThat(TunedLaunch.relaunched(new String[] {"--version"})).isEmpty();
    assertThat(TunedLaunch.relaunched(new String[] {"-s", "site", "build"})).isEmpty();
    assertThat(TunedLaunch.relaunched(new String[] {})).isEmpty();
  }

  @Test
  void classesOutsideAJarAreNotRelaunched() {
    // tests run from target/classes, where there is no jar to give the child JVM
    assertThat(TunedLaunch.forArgs(new String[] {"build"})).isEmpty();
  }

  @Test
  void aCollectorChosenByTheUserIsKept() {
    assertThat(TunedLaunch.choosesCollector(java.util.List.of("-Xmx2g", "-XX:+UseParallelGC"))).isTrue();
    assertThat(TunedLaunch.choosesCollector(java.util.List.of("-Xmx2g", "-XX:+UseStringDeduplication"))).isFalse();
  }

  @Test
  void theClassArchiveGoesToTheUsersCacheUnlessTheUserSaysOtherwise(@TempDir Path tmp) {
    Path home = tmp.resolve("home");
    Path xdg = tmp.resolve("xdg");
    assertThat(TunedLaunch.cacheDirectory(null, null, home.toString())).contains(home.resolve(".cache/jekyll4j"));
    assertThat(Files.isDirectory(home.resolve(".cache/jekyll4j"))).isTrue();
    assertThat(TunedLaunch.cacheDirectory(null, xdg.toString(), home.toString())).contains(xdg.resolve("jekyll4j"));
    // a relative XDG_CACHE_HOME is invalid by the XDG rules: the home folder's cache is used
    assertThat(TunedLaunch.cacheDirectory(null, "rel", home.toString())).contains(home.resolve(".cache/jekyll4j"));
    assertThat(TunedLaunch.cacheDirectory(tmp.resolve("mine").toString(), xdg.toString(), home.toString()))
        .contains(tmp.resolve("mine"));
    assertThat(TunedLaunch.cacheDirectory("off", xdg.toString(), home.toString())).isEmpty();
    assertThat(TunedLaunch.cacheDirectory("0", xdg.toString(), home.toString())).isEmpty();
    assertThat(TunedLaunch.cacheDirectory(null, null, null)).isEmpty();
  }

  @Test
  void anUnwritableCacheMeansNoArchiveNotAFailure(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertThat(TunedLaunch.cacheDirectory(file.resolve("sub").toString(), null, null)).isEmpty();
  }

  @Test
  void java25AndLaterUseAnAotCacheEarlierOnesTheClassDataArchive() {
    assertThat(TunedLaunch.usesAotCache(17)).isFalse();
    assertThat(TunedLaunch.usesAotCache(21)).isFalse();
    assertThat(TunedLaunch.usesAotCache(24)).isFalse();
    assertThat(TunedLaunch.usesAotCache(25)).isTrue();
    assertThat(TunedLaunch.usesAotCache(26)).isTrue();
  }

  @Test
  void theJvmOptionsOfAPlainCommandLineAreReadFromProcAndAnyOtherAsksTheMxBean(@TempDir Path tmp) throws Exception {
    Path cmdline = tmp.resolve("cmdline");
    java.nio.file.Files.write(cmdline, "java\0-Xmx1g\0-Dname=a b\0-XX:+UseSerialGC\0-jar\0/x.jar\0build\0-q\0"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(TunedLaunch.plainOptions(cmdline)).contains(List.of("-Xmx1g", "-Dname=a b", "-XX:+UseSerialGC"));
    java.nio.file.Files.write(cmdline, "java\0-Xss2m\0io.jekyll4j.cli.Launch\0serve\0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(TunedLaunch.plainOptions(cmdline)).contains(List.of("-Xss2m"));
    for (String other : List.of("java\0@opts\0-jar\0x.jar\0", "java\0--add-opens\0a/b=c\0-jar\0x.jar\0",
        "java\0-cp\0x.jar\0Main\0", "java\0-version\0")) {
      java.nio.file.Files.write(cmdline, other.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(TunedLaunch.plainOptions(cmdline)).as(other).isEmpty();
    }
    assertThat(TunedLaunch.plainOptions(tmp.resolve("missing"))).isEmpty();
    assertThat(TunedLaunch.javaFeature()).isEqualTo(Runtime.version().feature());
  }

  @Test
  void serveHasAnArchiveOfItsOwnAndKeepsTheBuildsWhenItsIsPublished(@TempDir Path tmp) throws Exception {
    Path jar = java.nio.file.Files.writeString(tmp.resolve("j.jar"), "jar");
    String build = TunedLaunch.archiveName(jar, tmp.resolve("java"), false, false);
    String serve = TunedLaunch.archiveName(jar, tmp.resolve("java"), false, true);
    assertThat(build).startsWith("cds-").endsWith(".jsa").doesNotContain("serve");
    assertThat(serve).isEqualTo("cds-serve-" + build.substring("cds-".length()));
    assertThat(TunedLaunch.archiveName(jar, tmp.resolve("java"), true, true)).startsWith("aot-serve-").endsWith(".aot");
    Path dir = java.nio.file.Files.createDirectory(tmp.resolve("cache"));
    for (String f : List.of(build, serve, "cds-0ld.jsa", "cds-serve-0ld.jsa", "aot-0ld.aot")) {
      java.nio.file.Files.writeString(dir.resolve(f), "");
    }
    TunedLaunch.dropOtherArchives(dir.resolve(serve));
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder(build, serve, "cds-0ld.jsa", "aot-0ld.aot");
    TunedLaunch.dropOtherArchives(dir.resolve(build));
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder(build, serve, "aot-0ld.aot");
  }

  @Test
  void theChildsArchiveFlagsByJavaVersionAndWhetherTheArchiveExists(@TempDir Path tmp) {
    Path jsa = tmp.resolve("cds-1.jsa");
    Path aot = tmp.resolve("aot-1.aot");
    Path partial = tmp.resolve("aot-1.aot.42");
    // Java 17: map the archive without relocating it, or write one at exit
    assertThat(TunedLaunch.archiveFlags(false, jsa, Optional.empty()))
        .containsExactly("-XX:SharedArchiveFile=" + jsa, "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    assertThat(TunedLaunch.archiveFlags(false, jsa, Optional.of(tmp.resolve("cds-1.jsa.42"))))
        .containsExactly("-XX:ArchiveClassesAtExit=" + tmp.resolve("cds-1.jsa.42"));
    // Java 25: use the cache, or record a training run (quietly) for it
    assertThat(TunedLaunch.archiveFlags(true, aot, Optional.empty())).containsExactly("-XX:AOTCache=" + aot);
    assertThat(TunedLaunch.archiveFlags(true, aot, Optional.of(partial)))
        .containsExactly("-XX:AOTMode=record", "-XX:AOTConfiguration=" + tmp.resolve("aot-1.aot.42.aotconf"),
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput");
    assertThat(TunedLaunch.recording(partial)).isEqualTo(tmp.resolve("aot-1.aot.42.aotconf"));
  }

  @Test
  void java24AndLaterAllowSunMiscUnsafeWithoutAWarning() {
    assertThat(TunedLaunch.quietUnsafe(17)).isEmpty();
    assertThat(TunedLaunch.quietUnsafe(23)).isEmpty();
    assertThat(TunedLaunch.quietUnsafe(24)).containsExactly("--sun-misc-unsafe-memory-access=allow");
    assertThat(TunedLaunch.quietUnsafe(25)).containsExactly("--sun-misc-unsafe-memory-access=allow");
  }

  @Test
  void aJvmEndedByCtrlCOrSigtermCountsAsStopped() {
    assertThat(TunedLaunch.stopped(130)).isTrue();
    assertThat(TunedLaunch.stopped(143)).isTrue();
    assertThat(TunedLaunch.stopped(0)).isFalse();
    assertThat(TunedLaunch.stopped(1)).isFalse();
  }

  @Test
  void java17To20TakeTheJdksOwnLocaleDataAndLaterOnesCldrWithoutAWarning() {
    assertThat(TunedLaunch.localeData(17)).containsExactly("-Djava.locale.providers=COMPAT");
    assertThat(TunedLaunch.localeData(20)).containsExactly("-Djava.locale.providers=COMPAT");
    assertThat(TunedLaunch.localeData(21)).isEmpty();
    assertThat(TunedLaunch.localeData(25)).isEmpty();
  }
}

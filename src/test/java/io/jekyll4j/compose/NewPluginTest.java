package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.testkit.PluginCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new-plugin} → {@code mvn -o package} → {@code _plugins/} → build: the generated project
 * builds offline against this jekyll4j (installed into a private local repository that borrows
 * every other artifact from the user's), its own test passes, and its jar works in a site.
 */
class NewPluginTest {
  @TempDir Path tmp;

  @Test
  void theProjectNamesItsExamplesAndDependsOnTheApiOnly() {
    var files = NewPlugin.files("my-kit", "9.9");
    String pom = files.get("pom.xml");
    assertThat(pom).contains("<jekyll4j.version>9.9</jekyll4j.version>");
    // the API alone is provided; the engine only serves the project's own test
    assertThat(pom.replaceAll("\\s+", " "))
        .contains("<artifactId>jekyll4j-plugin-api</artifactId> <version>${jekyll4j.version}</version>"
            + " <scope>provided</scope>")
        .contains("<artifactId>jekyll4j</artifactId> <version>${jekyll4j.version}</version> <scope>test</scope>");
    assertThat(files.get("src/main/resources/META-INF/services/io.jekyll4j.plugin.Plugin"))
        .contains("example.mykit.Shout").contains("example.mykit.TagPages");
    assertThat(files.keySet()).contains("src/test/java/example/mykit/PluginSiteTest.java");
  }

  @Test
  void newPluginThenMavenPackageThenPluginsDirThenBuild() throws Exception {
    Path userRepo = Path.of(System.getProperty("maven.repo.local",
        System.getProperty("user.home") + "/.m2/repository"));
    assumeTrue(Files.isDirectory(userRepo.resolve("org/apache/maven/plugins/maven-surefire-plugin")),
        "no local Maven repository");
    assumeTrue(onPath("mvn"), "no mvn on PATH");

    Path project = tmp.resolve("shout-kit");
    NewPlugin.create(project, "shout-kit", "0.1.0-SNAPSHOT");
    Path repo = privateRepository(userRepo);

    Process mvn = new ProcessBuilder("mvn", "-o", "-q", "-B", "-Dmaven.repo.local=" + repo, "package")
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("mvn.log").toFile())
        .start();
    boolean finished = mvn.waitFor(5, TimeUnit.MINUTES);
    unlink(repo);
    assertThat(finished).as("mvn finished").isTrue();
    assertThat(mvn.exitValue()).as(Files.readString(tmp.resolve("mvn.log"))).isZero();

    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("_plugins"));
    Files.copy(project.resolve("target/shout-kit-0.1.0-SNAPSHOT.jar"), site.resolve("_plugins/shout-kit.jar"));
    Files.writeString(site.resolve("index.html"), "---\n---\n{{ \"hi\" | shout }}\n");
    new Pipeline(BuildOptions.of(site, tmp.resolve("out"))).build();

    assertThat(Files.readString(tmp.resolve("out/index.html"))).isEqualTo("HI!\n");
  }

  /**
   * A local repository holding this build of jekyll4j and, by symbolic links, everything else
   * the user's holds.
   */
  private Path privateRepository(Path userRepo) throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("io"));
    try (Stream<Path> top = Files.list(userRepo)) {
      for (Path p : top.toList()) {
        if (!p.getFileName().toString().equals("io")) Files.createSymbolicLink(repo.resolve(p.getFileName().toString()), p);
      }
    }
    if (Files.isDirectory(userRepo.resolve("io"))) {
      try (Stream<Path> io = Files.list(userRepo.resolve("io"))) {
        for (Path p : io.toList()) {
          if (!p.getFileName().toString().equals("jekyll4j")) {
            Files.createSymbolicLink(repo.resolve("io").resolve(p.getFileName().toString()), p);
          }
        }
      }
    }
    Path dir = repo.resolve("io/jekyll4j/jekyll4j/0.1.0-SNAPSHOT");
    Files.createDirectories(dir);
    Path classes = Path.of(NewPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    PluginCompiler.jar(classes, dir.resolve("jekyll4j-0.1.0-SNAPSHOT.jar"));
    // the plugin API, its own artifact (module plugin-api/): its classes, or its jar
    Path api = repo.resolve("io/jekyll4j/jekyll4j-plugin-api/0.1.0-SNAPSHOT");
    Files.createDirectories(api);
    Path apiClasses = Path.of(io.jekyll4j.plugin.Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(apiClasses)) {
      PluginCompiler.jar(apiClasses, api.resolve("jekyll4j-plugin-api-0.1.0-SNAPSHOT.jar"));
    } else {
      Files.copy(apiClasses, api.resolve("jekyll4j-plugin-api-0.1.0-SNAPSHOT.jar"));
    }
    Files.copy(Path.of("plugin-api/pom.xml"), api.resolve("jekyll4j-plugin-api-0.1.0-SNAPSHOT.pom"));
    // the engine's pom (module engine/, or the root when the repository is one module) and its parent
    Path enginePom = Files.isRegularFile(Path.of("engine/pom.xml")) ? Path.of("engine/pom.xml") : Path.of("pom.xml");
    Files.copy(enginePom, dir.resolve("jekyll4j-0.1.0-SNAPSHOT.pom"));
    if (!enginePom.equals(Path.of("pom.xml"))) {
      Path parent = repo.resolve("io/jekyll4j/jekyll4j-parent/0.1.0-SNAPSHOT");
      Files.createDirectories(parent);
      Files.copy(Path.of("pom.xml"), parent.resolve("jekyll4j-parent-0.1.0-SNAPSHOT.pom"));
    }
    return repo;
  }

  /** Removes the links to the user's repository (so that nothing follows them when cleaning up). */
  private static void unlink(Path repo) throws Exception {
    for (Path dir : List.of(repo, repo.resolve("io"))) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) if (Files.isSymbolicLink(p)) Files.delete(p);
      }
    }
  }

  private static boolean onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, command))) return true;
    }
    return false;
  }

}

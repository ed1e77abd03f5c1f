package io.jekyll4j.maven.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Runs the real {@code mvn} (the one running this build, {@code maven.home}) offline on sample
 * projects, against a local repository that holds this build's engine and plugin.
 *
 * <p>The local repository ({@code target/it/repo}) links every folder of the user's local
 * repository except {@code io/jekyll4j}, which holds the artifacts of this build only: the
 * engine and plugin jars packed from their compiled classes (the test phase comes before
 * {@code package}) with their POMs, so a sample's build resolves the plugin exactly as a user's
 * does, by its coordinates, and nothing is installed into the user's repository.
 */
final class MavenHarness {
  final Path work;
  final Path repo;
  final Path projects;
  final String version;

  private MavenHarness(Path work, String version) {
    this.work = work;
    this.repo = work.resolve("repo");
    this.projects = work.resolve("projects");
    this.version = version;
  }

  static String property(String name) {
    String v = System.getProperty(name);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set: run the tests with Maven");
    }
    return v;
  }

  /** Lays out the local repository and fresh copies of the sample projects. */
  static MavenHarness prepare() throws IOException {
    MavenHarness h = new MavenHarness(Path.of(property("jekyll4j.it.work")), property("jekyll4j.it.version"));
    h.linkRepository(Path.of(property("jekyll4j.it.localRepository")));
    h.installBuild();
    deleteTree(h.projects);
    copyTree(Path.of(property("jekyll4j.it.projects")), h.projects, h.version);
    Files.writeString(h.work.resolve("settings.xml"),
        "<settings><localRepository>" + h.repo + "</localRepository><offline>true</offline></settings>\n");
    return h;
  }

  private void linkRepository(Path userRepo) throws IOException {
    Files.createDirectories(repo);
    try (DirectoryStream<Path> top = Files.newDirectoryStream(userRepo)) {
      for (Path p : top) {
        if (p.getFileName().toString().equals("io")) continue;
        link(repo.resolve(p.getFileName().toString()), p);
      }
    }
    Path io = repo.resolve("io");
    if (Files.isSymbolicLink(io)) Files.delete(io);
    Files.createDirectories(io);
    Path userIo = userRepo.resolve("io");
    if (Files.isDirectory(userIo)) {
      try (DirectoryStream<Path> children = Files.newDirectoryStream(userIo)) {
        for (Path p : children) {
          if (p.getFileName().toString().equals("jekyll4j")) continue;
          link(io.resolve(p.getFileName().toString()), p);
        }
      }
    }
    deleteTree(io.resolve("jekyll4j"));
  }

  private static void link(Path at, Path target) throws IOException {
    if (Files.exists(at, LinkOption.NOFOLLOW_LINKS)) return;
    Files.createSymbolicLink(at, target);
  }

  /** The parent POM, the plugin API, the engine and the Maven plugin of this build, as {@code mvn install} lays them out. */
  private void installBuild() throws IOException {
    installPom("jekyll4j-parent", Path.of(property("jekyll4j.it.parentPom")));
    installPom("jekyll4j", Path.of(property("jekyll4j.it.enginePom")));
    jar(Path.of(property("jekyll4j.it.engineClasses")), artifact("io.jekyll4j", "jekyll4j", version, "jar"), "");
    installPom("jekyll4j-plugin-api", Path.of(property("jekyll4j.it.apiPom")));
    jar(Path.of(property("jekyll4j.it.apiClasses")), artifact("io.jekyll4j", "jekyll4j-plugin-api", version, "jar"), "");
    installPom("jekyll4j-maven-plugin", Path.of(property("jekyll4j.it.pluginPom")));
    jar(Path.of(property("jekyll4j.it.pluginClasses")),
        artifact("io.jekyll4j", "jekyll4j-maven-plugin", version, "jar"), "");
  }

  private void installPom(String artifactId, Path pom) throws IOException {
    Path to = artifact("io.jekyll4j", artifactId, version, "pom");
    Files.createDirectories(to.getParent());
    Files.copy(pom, to, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Installs a jar of {@code folder}'s files under {@code prefix}, with a minimal POM. */
  void installJar(String groupId, String artifactId, String version, Path folder, String prefix)
      throws IOException {
    jar(folder, artifact(groupId, artifactId, version, "jar"), prefix);
    Files.writeString(artifact(groupId, artifactId, version, "pom"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>" + groupId + "</groupId><artifactId>"
            + artifactId + "</artifactId><version>" + version + "</version></project>\n");
  }

  Path artifact(String groupId, String artifactId, String version, String extension) {
    return repo.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
        .resolve(artifactId + "-" + version + "." + extension);
  }

  private static void jar(Path folder, Path jar, String prefix) throws IOException {
    Files.createDirectories(jar.getParent());
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    java.util.Set<String> dirs = new java.util.TreeSet<>();
    for (Path f : files) {
      // folder entries too, as the jar tool writes them: a class loader finds "folder/" by them
      String name = prefix + folder.relativize(f).toString().replace('\\', '/');
      for (int i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) dirs.add(name.substring(0, i + 1));
    }
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jo = new JarOutputStream(out)) {
      for (String d : dirs) {
        jo.putNextEntry(new JarEntry(d));
        jo.closeEntry();
      }
      for (Path f : files) {
        jo.putNextEntry(new JarEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, jo);
        jo.closeEntry();
      }
    }
  }

  /** The {@code mvn} command, offline, batch mode, on this harness's local repository. */
  ProcessBuilder mvn(Path project, String... args) {
    Path home = Path.of(property("maven.home"));
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("bin").resolve(isWindows() ? "mvn.cmd" : "mvn").toString());
    cmd.addAll(List.of("-o", "-B", "-s", work.resolve("settings.xml").toString(),
        "-Dmaven.repo.local=" + repo));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true);
    // a short-lived Maven: the quick compiler and the serial collector start fastest
    pb.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto");
    pb.environment().remove("MAVEN_ARGS");
    return pb;
  }

  /** Runs {@code mvn} to the end; the exit status and everything it printed. */
  Result run(Path project, String... args) throws IOException, InterruptedException {
    Path log = work.resolve("logs").resolve(project.getFileName() + "-" + System.nanoTime() + ".log");
    Files.createDirectories(log.getParent());
    Process p = mvn(project, args).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("mvn " + String.join(" ", args) + " did not finish; log: " + log);
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  record Result(int exit, String output) {}

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }

  /** Copies a tree, replacing {@code @jekyll4j.version@} in POMs with this build's version. */
  static void copyTree(Path from, Path to, String version) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path target = to.resolve(from.relativize(file).toString());
        if (file.getFileName().toString().equals("pom.xml")) {
          Files.writeString(target, Files.readString(file).replace("@jekyll4j.version@", version));
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    if (Files.isSymbolicLink(root)) {
      Files.delete(root);
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

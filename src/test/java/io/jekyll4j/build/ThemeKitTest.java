package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.source.Theme;
import io.jekyll4j.source.ThemeLocator;
import io.jekyll4j.testkit.SiteCompare;
import io.jekyll4j.theme.NewTheme;
import io.jekyll4j.theme.ThemePackage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme kit end to end: a theme made by {@code new-theme}, packaged as a jar (by {@code theme
 * package}, and by Maven from its pom) and as a gem, builds its example site as real Jekyll builds
 * it with the gem installed; and minima from its gem and minima packaged as a jar build the same
 * site.
 */
class ThemeKitTest {
  static final Path KIT = Path.of("src/test/resources/theme-kit");
  static final long EPOCH = SiteFixturesTest.EPOCH_SECONDS;

  @TempDir Path tmp;

  private Path newTheme() {
    Path project = tmp.resolve("kitdemo");
    NewTheme.create(project, "kitdemo", "tester", false);
    pinTimes(project);
    return project;
  }

  private Path build(Path site, String out, List<Path> themePath, Map<String, Object> extra) {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("time", "2030-01-01 00:00:00 +0000");
    overrides.put("timezone", "UTC");
    overrides.putAll(extra);
    Path destination = tmp.resolve(out);
    new Pipeline(new BuildOptions(site, destination, List.of(), overrides, false, false, false, "production")
        .withThemePath(themePath)).build();
    return destination;
  }

  private static void assertSameSite(Path expected, Path actual) {
    Map<String, String> diffs = SiteCompare.compareTrees(expected, actual);
    diffs.keySet().removeIf(k -> k.endsWith(".css.map"));
    List<String> extra = new ArrayList<>(SiteCompare.extraFiles(expected, actual));
    extra.removeIf(k -> k.endsWith(".css.map"));
    assertThat(diffs).as(diffs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"))).isEmpty();
    assertThat(extra).isEmpty();
  }

  @Test
  void theThemeJarOfANewThemeBuildsItsExampleAsRealJekyllDoesWithItsGem() {
    Path project = newTheme();
    ThemePackage.Written w = new ThemePackage(project, Optional.empty(), Optional.empty()).write(tmp.resolve("pkg"), EPOCH);

    assertThat(w.jar().getFileName()).hasToString("kitdemo-0.1.0.jar");
    assertThat(w.files()).contains("_layouts/default.html", "_layouts/home.html", "_layouts/page.html",
        "_layouts/post.html", "_includes/head.html", "_sass/kitdemo.scss", "assets/css/style.scss",
        "_config.yml", "README.md").noneMatch(f -> f.startsWith("example/") || f.equals("pom.xml"));
    Path out = build(project.resolve("example"), "out", List.of(w.jar()), Map.of());
    assertSameSite(KIT.resolve("kitdemo-example.expected"), out);
  }

  @Test
  void theThemeProjectFolderItselfIsATheme() {
    Path project = newTheme();
    Path out = build(project.resolve("example"), "out", List.of(project), Map.of());
    assertSameSite(KIT.resolve("kitdemo-example.expected"), out);
  }

  @Test
  void mavenPackagesTheThemeJarOfANewTheme() throws Exception {
    assumeTrue(onPath("mvn"), "no mvn on the PATH");
    Path project = newTheme();
    run(project, Map.of(), "mvn", "-o", "-q", "package");
    Path jar = project.resolve("target/kitdemo-0.1.0.jar");
    assertThat(jar).isRegularFile();
    Path out = build(project.resolve("example"), "out", List.of(jar), Map.of());
    assertSameSite(KIT.resolve("kitdemo-example.expected"), out);
  }

  @Test
  void theGemOfANewThemeInstallsAndBuildsWithRealJekyll() throws Exception {
    assumeTrue(onPath("gem") && onPath("jekyll") && onPath("ruby"), "no Ruby Jekyll installed");
    Path project = newTheme();
    ThemePackage.Written w = new ThemePackage(project, Optional.empty(), Optional.empty()).write(tmp.resolve("pkg"), EPOCH);
    Path gems = tmp.resolve("gems");
    run(tmp, Map.of("GEM_HOME", gems.toString()), "gem", "install", "--local", "--ignore-dependencies",
        "--no-document", w.gem().toString());
    assertThat(gems.resolve("gems/kitdemo-0.1.0/_layouts/home.html")).isRegularFile();
    String systemPath = output(tmp, "ruby", "-e", "print Gem.path.join(':')");
    Path out = tmp.resolve("jekyll-out");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GEM_PATH", gems + File.pathSeparator + systemPath);
    env.put("JEKYLL_ENV", "production");
    env.put("TZ", "UTC");
    run(project.resolve("example"), env, "jekyll", "build", "--quiet", "-s", project.resolve("example").toString(),
        "-d", out.toString());
    assertSameSite(out, build(project.resolve("example"), "ours", List.of(w.jar()), Map.of()));
  }

  @Test
  void minimaFromItsGemAndMinimaPackagedAsAJarBuildTheSameSite() throws IOException {
    Path site = tmp.resolve("site");
    copy(KIT.resolve("minima-site"), site);
    pinTimes(site);
    String name = "minima";
    List<Path> gemSide = List.of();
    Theme theme;
    try {
      theme = new ThemeLocator(site, List.of(), System.getenv()).locate(name, new Diagnostics()).orElseThrow();
    } catch (BuildException e) {
      name = "tinytheme"; // minima is not installed: a committed test theme stands in
      gemSide = List.of(SiteFixturesTest.THEMES);
      theme = new ThemeLocator(site, gemSide, Map.of()).locate(name, new Diagnostics()).orElseThrow();
    }
    ThemePackage.Written w = new ThemePackage(theme.root(), Optional.of(name), Optional.empty())
        .write(tmp.resolve("pkg"), EPOCH);

    Path fromGem = build(site, "gem", gemSide, Map.of("theme", name));
    Path fromJar = build(site, "jar", List.of(w.jar()), Map.of("theme", name));

    assertThat(fromGem.resolve("index.html")).isRegularFile();
    assertThat(fromGem.resolve("feed.xml")).as("the theme's dependency jekyll-feed").isRegularFile();
    Map<String, byte[]> a = tree(fromGem);
    Map<String, byte[]> b = tree(fromJar);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String rel : a.keySet()) {
      assertThat(new String(b.get(rel), java.nio.charset.StandardCharsets.UTF_8)).as(rel)
          .isEqualTo(new String(a.get(rel), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Every file but source maps (they name the theme's folder), by relative path. */
  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> out = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString();
        if (!rel.endsWith(".map")) out.put(rel, Files.readAllBytes(p));
      }
    }
    return out;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
      }
    }
  }

  static void pinTimes(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) Files.setLastModifiedTime(p, FileTime.fromMillis(EPOCH * 1000));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  private static void run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + log).isZero();
  }

  private static String output(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor(1, TimeUnit.MINUTES);
    return out.strip();
  }
}

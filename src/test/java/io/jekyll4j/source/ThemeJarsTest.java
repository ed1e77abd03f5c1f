package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.diag.Diagnostics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes found as jars: on the theme path (the jar itself, or a folder of jars) and on a class path. */
class ThemeJarsTest {
  @TempDir Path tmp;

  private static final long MILLIS = 1_700_000_000_000L;

  /** A jar holding the theme {@code name} whose default layout says {@code marker}. */
  private Path jar(Path file, String name, String marker, boolean directoryEntries) throws IOException {
    Files.createDirectories(file.getParent());
    Map<String, String> files = new LinkedHashMap<>();
    files.put("_layouts/default.html", marker + " {{ content }}");
    files.put("assets/site.css", "body {}");
    files.put("../../escape.txt", "never written outside");
    files.put(name + ".gemspec", """
        Gem::Specification.new do |spec|
          spec.name = "%s"
          spec.version = "2.1.0"
          spec.authors = ["A", "B"]
          spec.summary = "Summary."
          spec.metadata = { "plugin_type" => "theme" }
          spec.add_runtime_dependency "jekyll-feed", "~> 0.9"
          spec.add_runtime_dependency "jekyll", ">= 3.5", "< 5.0"
        end
        """.formatted(name));
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      String root = ThemeJars.PREFIX + name + "/";
      if (directoryEntries) {
        for (String d : List.of("META-INF/", "META-INF/jekyll4j/", ThemeJars.PREFIX, root)) {
          zip.putNextEntry(new ZipEntry(d));
          zip.closeEntry();
        }
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        ZipEntry e = new ZipEntry(root + f.getKey());
        e.setTime(MILLIS);
        zip.putNextEntry(e);
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private ThemeLocator locator(List<Path> themePath, Optional<ClassLoader> loader) {
    return new ThemeLocator(tmp.resolve("site"), themePath, Map.of(), loader, new ThemeJars(tmp.resolve("cache")));
  }

  private static String layout(Theme theme) throws IOException {
    return Files.readString(theme.layoutsPath().orElseThrow().resolve("default.html"));
  }

  @Test
  void aJarOnTheThemePathIsUnpackedWithItsTimesAndGemspecAndNothingOutsideTheTheme() throws IOException {
    Path jar = jar(tmp.resolve("lib/zzjar-2.1.0.jar"), "zzjar", "from the jar", true);

    Theme theme = locator(List.of(jar), Optional.empty()).locate("ZZJar", new Diagnostics()).orElseThrow();

    assertThat(theme.origin()).isEqualTo(Theme.Origin.JAR);
    assertThat(theme.jar()).contains(jar);
    assertThat(layout(theme)).isEqualTo("from the jar {{ content }}");
    assertThat(Files.getLastModifiedTime(theme.assetsPath().orElseThrow().resolve("site.css")))
        .isEqualTo(FileTime.fromMillis(MILLIS));
    assertThat(theme.runtimeDependencies()).containsExactly("jekyll-feed", "jekyll");
    assertThat(theme.spec().version()).isEqualTo("2.1.0");
    assertThat(theme.spec().authors()).containsExactly("A", "B");
    assertThat(theme.spec().metadata()).containsEntry("plugin_type", "theme");
    assertThat(theme.spec().dependencies()).containsExactly("jekyll-feed (~> 0.9)", "jekyll (>= 3.5, < 5.0)");
    assertThat(theme.root()).startsWith(tmp.resolve("cache"));
    try (var all = Files.walk(tmp)) {
      assertThat(all.filter(p -> p.getFileName().toString().equals("escape.txt"))).isEmpty();
    }
  }

  @Test
  void aCacheFolderNamedThroughDotDotStillReceivesTheFiles() throws IOException {
    Path jar = jar(tmp.resolve("lib/zzjar.jar"), "zzjar", "through dot-dot", true);
    Files.createDirectories(tmp.resolve("elsewhere"));

    Theme theme = new ThemeLocator(tmp.resolve("site"), List.of(jar), Map.of(), Optional.empty(),
        new ThemeJars(tmp.resolve("elsewhere/../cache"))).locate("zzjar", new Diagnostics()).orElseThrow();

    assertThat(layout(theme)).startsWith("through dot-dot");
  }

  @Test
  void aJarIsUnpackedOnceAndAgainWhenItChanges() throws IOException {
    Path jar = jar(tmp.resolve("lib/zzjar.jar"), "zzjar", "first", true);
    Theme first = locator(List.of(jar), Optional.empty()).locate("zzjar", new Diagnostics()).orElseThrow();
    Theme again = locator(List.of(jar), Optional.empty()).locate("zzjar", new Diagnostics()).orElseThrow();
    assertThat(again.root()).isEqualTo(first.root());

    jar(jar, "zzjar", "second, longer", true);
    Theme changed = locator(List.of(jar), Optional.empty()).locate("zzjar", new Diagnostics()).orElseThrow();

    assertThat(layout(changed)).startsWith("second, longer");
    assertThat(first.root()).as("the earlier copy is dropped").doesNotExist();
  }

  @Test
  void aFolderOnTheThemePathOffersTheJarsInItAfterItsThemeFolders() throws IOException {
    Path dir = tmp.resolve("themes");
    jar(dir.resolve("a-other.jar"), "zzother", "other", true);
    jar(dir.resolve("b-theme.jar"), "zzjar", "jar in a folder", true);

    Theme theme = locator(List.of(dir), Optional.empty()).locate("zzjar", new Diagnostics()).orElseThrow();
    assertThat(layout(theme)).startsWith("jar in a folder");

    Files.createDirectories(dir.resolve("zzjar/_layouts"));
    Files.writeString(dir.resolve("zzjar/_layouts/default.html"), "folder wins");
    Theme folder = locator(List.of(dir), Optional.empty()).locate("zzjar", new Diagnostics()).orElseThrow();
    assertThat(folder.origin()).isEqualTo(Theme.Origin.FOLDER);
    assertThat(layout(folder)).isEqualTo("folder wins");
  }

  @Test
  void aThemeJarOnTheClassPathIsFoundAfterTheThemePathWithOrWithoutDirectoryEntries() throws IOException {
    Path onClassPath = jar(tmp.resolve("cp/theme.jar"), "zzjar", "class path", false);
    Path onThemePath = jar(tmp.resolve("tp/theme.jar"), "zzjar", "theme path", true);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {onClassPath.toUri().toURL()}, null)) {
      Theme viaLoader = locator(List.of(), Optional.of(loader)).locate("zzjar", new Diagnostics()).orElseThrow();
      assertThat(viaLoader.origin()).isEqualTo(Theme.Origin.CLASSPATH);
      assertThat(layout(viaLoader)).startsWith("class path");

      Theme first = locator(List.of(onThemePath), Optional.of(loader)).locate("zzjar", new Diagnostics()).orElseThrow();
      assertThat(layout(first)).startsWith("theme path");
    }
  }

  @Test
  void aThemeFolderOnTheClassPathIsUsedInPlace() throws IOException {
    Path classes = tmp.resolve("classes");
    Path theme = Files.createDirectories(classes.resolve(ThemeJars.PREFIX + "zzdir/_layouts"));
    Files.writeString(theme.resolve("default.html"), "classes folder");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Theme found = locator(List.of(), Optional.of(loader)).locate("zzdir", new Diagnostics()).orElseThrow();
      assertThat(found.root()).isEqualTo(theme.getParent().toRealPath());
      assertThat(layout(found)).isEqualTo("classes folder");
    }
  }

  @Test
  void aThemeProjectFolderOnTheThemePathIsTheThemeItself() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("work/zzproject/_layouts"));
    Files.writeString(project.resolve("default.html"), "project");
    Files.writeString(project.getParent().resolve("zzproject.gemspec"), "Gem::Specification.new { |s| s.version = '1.0' }");

    Theme theme = locator(List.of(project.getParent()), Optional.empty()).locate("zzproject", new Diagnostics())
        .orElseThrow();

    assertThat(theme.origin()).isEqualTo(Theme.Origin.FOLDER);
    assertThat(layout(theme)).isEqualTo("project");
  }

  @Test
  void themesInListsTheThemesAJarHolds() throws IOException {
    Path jar = jar(tmp.resolve("t.jar"), "zzjar", "x", false);
    assertThat(ThemeJars.themesIn(jar)).containsExactly("zzjar");
    assertThat(ThemeJars.themesIn(tmp.resolve("missing.jar"))).isEmpty();
  }
}

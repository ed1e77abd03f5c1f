package io.jekyll4j.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewSiteTest {
  @TempDir Path dir;

  private static SiteTemplate fixtureTemplate() throws URISyntaxException {
    return SiteTemplate.fromDirectory(
        Path.of(Objects.requireNonNull(NewSiteTest.class.getResource("/compose/template")).toURI()));
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root))
          .map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/"
              : ""))
          .sorted()
          .toList();
    }
  }

  @Test
  void newSiteHasTheThemeConfigPagesAndAFirstPost() throws Exception {
    Path site = dir.resolve("blog");

    new NewSite(fixtureTemplate(), Fixtures.CLOCK).create(site, false, false);

    assertThat(files(site))
        .contains(
            "_config.yml", "index.md", "about.md", "404.html", ".gitignore",
            "_posts/2024-05-06-welcome-to-jekyll4j.md", "_layouts/default.html",
            "_layouts/post.html", "assets/css/style.scss");
    String post = Fixtures.read(site.resolve("_posts/2024-05-06-welcome-to-jekyll4j.md"));
    assertThat(post)
        .startsWith(
            "---\nlayout: post\ntitle:  \"Welcome to jekyll4j!\"\n"
                + "date:   2024-05-06 07:08:09 +0000\n---\n");
    assertThat(Fixtures.read(site.resolve("about.md"))).startsWith("---\nlayout: default\n");
    assertThat(Fixtures.read(site.resolve("index.md"))).startsWith("---\nlayout: default\n");
  }

  @Test
  void blankSiteIsTheBareSkeleton() throws Exception {
    new NewSite(fixtureTemplate(), Fixtures.CLOCK).create(dir, true, false);

    assertThat(files(dir))
        .containsExactly(
            "_config.yml", "_data/", "_drafts/", "_includes/", "_layouts/",
            "_layouts/default.html", "_posts/", "_sass/", "_sass/main.scss", "assets/",
            "assets/css/", "assets/css/main.scss", "index.md");
  }

  @Test
  void refusesAFolderThatIsNotEmptyUnlessForced() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    NewSite newSite = new NewSite(fixtureTemplate(), Fixtures.CLOCK);

    assertThatThrownBy(() -> newSite.create(dir, false, false))
        .isInstanceOf(ComposeException.class)
        .hasMessageStartingWith("Conflict: " + dir + " exists and is not empty.");
    assertThat(files(dir)).containsExactly("notes.txt");

    newSite.create(dir, false, true);
    assertThat(files(dir)).contains("notes.txt", "_config.yml", "_layouts/default.html");
  }

  @Test
  void withoutAThemeTheBlankLayoutIsUsed() throws Exception {
    new NewSite(SiteTemplate.fromDirectory(dir.resolve("none")), Fixtures.CLOCK)
        .create(dir.resolve("s"), false, false);

    assertThat(files(dir.resolve("s"))).contains("_layouts/default.html", "_sass/main.scss");
  }

  @Test
  void theJarCarriesEveryFileOfTheRepositoryTheme() throws Exception {
    List<String> themeFolders = List.of("_layouts", "_includes", "_sass", "assets");
    assumeTrue(Files.isDirectory(Path.of("_layouts")), "the theme is not in this checkout yet");
    Path site = dir.resolve("site");

    new NewSite(SiteTemplate.fromClasspath(), Fixtures.CLOCK).create(site, false, false);

    for (String folder : themeFolders) {
      Path theme = Path.of(folder);
      if (Files.isDirectory(theme)) {
        for (String file : files(theme)) {
          Path copied = site.resolve(folder).resolve(file);
          assertThat(copied).exists();
          if (Files.isRegularFile(copied)) {
            assertThat(copied).hasSameBinaryContentAs(theme.resolve(file));
          }
        }
      }
    }
    assertThat(site.resolve("_layouts/default.html")).exists();
  }
}

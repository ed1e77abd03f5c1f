package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.build.ChangeSet.Change;
import io.jekyll4j.build.ChangeSet.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code serve} the theme's files are not watched, but every rebuild of the session must
 * still take layouts, includes and assets from the theme, and let a site file added later win.
 */
class ThemeRebuildTest {
  private static final String POST = "_posts/2020-03-04-first-post.md";

  @TempDir Path tmp;
  Path src;
  Pipeline session;

  @BeforeEach
  void buildTheThemedSiteOnce() throws IOException {
    Path from = SiteFixturesTest.SITES.resolve("theme-tiny");
    src = tmp.resolve("site");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = src.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
      }
    }
    session = new Pipeline(options("served"));
    session.build();
  }

  private BuildOptions options(String out) {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("time", "2030-01-01 00:00:00 +0000");
    overrides.put("timezone", "UTC");
    return new BuildOptions(src, tmp.resolve(out), List.of(), overrides, false, false, false, "production")
        .withThemePath(List.of(SiteFixturesTest.THEMES));
  }

  private String served(String path) throws IOException {
    return Files.readString(tmp.resolve("served").resolve(path));
  }

  @Test
  void editingAPostRebuildsItInTheThemesLayout() throws IOException {
    Path post = src.resolve(POST);
    Files.writeString(post, Files.readString(post).replace("title: First post", "title: First, edited"));
    session.rebuild(ChangeSet.of(List.of(new Change(POST, Kind.MODIFIED))));

    assertThat(served("2020/03/04/first-post.html"))
        .contains("<article class=\"theme-post\">", "<h1>First, edited</h1>", "class=\"site-footer\"");
    new Pipeline(options("full")).build();
    assertThat(served("2020/03/04/first-post.html"))
        .isEqualTo(Files.readString(tmp.resolve("full/2020/03/04/first-post.html")));
    assertThat(served("assets/main.css")).contains("color: navy");
  }

  @Test
  void aLayoutAddedToTheSiteLaterWinsOverTheThemes() throws IOException {
    Files.writeString(src.resolve("_layouts/post.html"), "<div class=\"site-post\">{{ content }}</div>\n");
    session.rebuild(ChangeSet.of(List.of(new Change("_layouts/post.html", Kind.CREATED))));

    assertThat(served("2020/03/04/first-post.html")).startsWith("<div class=\"site-post\">")
        .doesNotContain("theme-post");
  }
}

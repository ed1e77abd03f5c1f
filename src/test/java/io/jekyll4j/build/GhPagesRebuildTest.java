package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.build.ChangeSet.Change;
import io.jekyll4j.build.ChangeSet.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the GitHub Pages content plugins one file's edit shows in other outputs (a heading is a
 * title every navigation lists, a Markdown file without front matter is a page), so a rebuild
 * under {@code serve} must write what a full build writes.
 */
class GhPagesRebuildTest {
  @TempDir Path tmp;
  Path src;
  Pipeline session;

  @BeforeEach
  void buildTheSiteOnce() throws Exception {
    Path from = Path.of(getClass().getResource("/sites/ghp-all").toURI());
    src = tmp.resolve("site");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = src.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
      }
    }
    // a page with front matter, which no plugin makes (those are rendered again on any rebuild)
    Files.writeString(src.resolve("plain.md"), "---\n---\nA plain page.\n");
    session = new Pipeline(options("incremental"));
    session.build();
  }

  @Test
  void editingAHeadingRetitlesThePageInEveryNavigationAsAFullBuildDoes() throws Exception {
    edit("docs/guide.md", "# The *guide*", "# The handbook");
    session.rebuild(ChangeSet.of(List.of(new Change("docs/guide.md", Kind.MODIFIED))));

    assertSameAsFullBuild("after a heading edit");
    assertThat(Files.readString(tmp.resolve("incremental/index.html"))).contains(">The handbook</a>");
  }

  @Test
  void editingAPostsHeadingRetitlesItAsAFullBuildDoes() throws Exception {
    String post = "_posts/2024-05-06-launch.md";
    edit(post, "# We launched", "# Launch day");
    session.rebuild(ChangeSet.of(List.of(new Change(post, Kind.MODIFIED))));

    assertSameAsFullBuild("after a post heading edit");
    assertThat(Files.readString(tmp.resolve("incremental/2024/05/06/launch.html"))).contains("<h1>Launch day</h1>");
  }

  @Test
  void editingABodyLinkedFromOtherPagesWritesWhatAFullBuildWrites() throws Exception {
    String post = "_posts/2024-05-06-launch.md";
    edit(post, "post(s).", "post(s) so far.");
    session.rebuild(ChangeSet.of(List.of(new Change(post, Kind.MODIFIED))));

    assertSameAsFullBuild("after a body edit");
    assertThat(Files.readString(tmp.resolve("incremental/2024/05/06/launch.html"))).contains("1 post(s) so far.");
  }

  @Test
  void aNewIndexInTheDocsFolderTakesOverFromItsReadme() throws Exception {
    Files.writeString(src.resolve("docs/index.md"), "# Docs home\n");
    session.rebuild(ChangeSet.of(List.of(new Change("docs/index.md", Kind.CREATED))));

    assertSameAsFullBuild("after adding an index");
    assertThat(Files.readString(tmp.resolve("incremental/docs/index.html"))).contains("<title>Docs home");
  }

  private BuildOptions options(String dest) {
    return BuildOptions.of(src, tmp.resolve(dest))
        .withOverrides(Map.of("time", "2030-01-01 00:00:00 +0000", "timezone", "UTC"));
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path file = src.resolve(rel);
    String before = Files.readString(file);
    assertThat(before).contains(from);
    Files.writeString(file, before.replace(from, to));
  }

  private void assertSameAsFullBuild(String when) throws IOException {
    new Pipeline(options("fresh")).build();
    assertThat(files(tmp.resolve("incremental"))).as(when).isEqualTo(files(tmp.resolve("fresh")));
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }
}

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
 * With jekyll-archives one post's edit shows in the archive pages of its tags, categories and
 * dates (and a new tag is a new page), so a rebuild under {@code serve} must write what a full
 * build writes.
 */
class ArchivesRebuildTest {
  @TempDir Path tmp;
  Path src;
  Pipeline session;

  @BeforeEach
  void buildTheSiteOnce() throws Exception {
    Path from = Path.of(getClass().getResource("/sites/archives-defaults").toURI());
    src = tmp.resolve("site");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = src.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
      }
    }
    session = new Pipeline(options("incremental"));
    session.build();
  }

  @Test
  void retitlingAPostRetitlesItInEveryArchiveListingAsAFullBuildDoes() throws Exception {
    String post = "_posts/2023-06-15-third.md";
    edit(post, "title: Third", "title: Third, retitled");
    session.rebuild(ChangeSet.of(List.of(new Change(post, Kind.MODIFIED))));

    assertSameAsFullBuild("after a title edit");
    assertThat(Files.readString(tmp.resolve("incremental/tag/ruby/index.html"))).contains("Third, retitled");
    assertThat(Files.readString(tmp.resolve("incremental/2023/06/index.html"))).contains("Third, retitled");
  }

  @Test
  void aNewTagOnAPostMakesItsArchivePageAsAFullBuildDoes() throws Exception {
    String post = "_posts/2023-06-15-third.md";
    edit(post, "tags: [ruby]", "tags: [ruby, Fresh Topic]");
    session.rebuild(ChangeSet.of(List.of(new Change(post, Kind.MODIFIED))));

    assertSameAsFullBuild("after a tag edit");
    assertThat(tmp.resolve("incremental/tag/fresh-topic/index.html")).exists();
  }

  @Test
  void deletingTheOnlyPostOfADayRemovesThatDaysArchiveAsAFullBuildDoes() throws Exception {
    String post = "_posts/2024-01-02-fourth.md";
    Files.delete(src.resolve(post));
    session.rebuild(ChangeSet.of(List.of(new Change(post, Kind.DELETED))));

    assertSameAsFullBuild("after deleting a post");
    assertThat(tmp.resolve("incremental/2024/01/02/index.html")).doesNotExist();
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

package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into an existing destination updates it in place, and gives the tree a build into an
 * empty destination gives; a build that stops on a user mistake leaves it exactly as it was.
 */
class InPlaceBuildTest {
  @TempDir Path tmp;

  private Path site() throws IOException {
    Path src = tmp.resolve("src");
    put(src.resolve("_config.yml"), "title: t\npermalink: /:year/:month/:day/:title/\n");
    put(src.resolve("_layouts/default.html"), "<html>{{ content }}</html>\n");
    put(src.resolve("index.html"), "---\nlayout: default\n---\n{% for p in site.posts %}{{ p.url }} {% endfor %}\n");
    put(src.resolve("_posts/2020-01-01-first.md"), "---\ntitle: First\n---\nfirst *post*\n");
    put(src.resolve("_posts/2020-01-02-second.md"), "---\ntitle: Second\n---\nsecond post\n");
    put(src.resolve("about.md"), "---\npermalink: /about/\n---\nabout\n");
    put(src.resolve("img/logo.png"), "PNG");
    Files.setLastModifiedTime(src.resolve("img/logo.png"), FileTime.fromMillis(1_600_000_000_456L));
    return src;
  }

  private static void put(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Paths, bytes, and the modification times of copied static files ({@code img/}). */
  private static Map<String, String> tree(Path root, boolean allTimes) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        String rel = root.relativize(p).toString();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(rel, "folder");
        } else {
          boolean time = allTimes || rel.startsWith("img/");
          out.put(rel, Arrays.hashCode(Files.readAllBytes(p)) + "/" + Files.size(p)
              + (time ? " @" + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS) : ""));
        }
      }
    }
    return out;
  }

  @Test
  void aSecondBuildIntoTheSameDestinationEqualsAFreshBuild() throws IOException {
    Path src = site();
    Path dest = tmp.resolve("_site");
    new Pipeline(BuildOptions.of(src, dest)).build();
    put(dest.resolve(".git/HEAD"), "ref: main"); // kept by the default keep_files
    put(dest.resolve("notes.txt"), "not an output: goes");
    // the site changes: a post goes, one comes, a page becomes a file where a folder was
    Files.delete(src.resolve("_posts/2020-01-01-first.md"));
    put(src.resolve("_posts/2021-05-06-third.md"), "---\ntitle: Third\n---\nthird\n");
    put(src.resolve("about.md"), "---\npermalink: /about\n---\nabout\n");
    put(src.resolve("img/logo.png"), "PNG2");
    Files.setLastModifiedTime(src.resolve("img/logo.png"), FileTime.fromMillis(1_700_000_000_789L));
    FileTime unchanged = FileTime.fromMillis(1_000_000_000_000L);
    Path second = dest.resolve("2020/01/02/second/index.html");
    Files.setLastModifiedTime(second, unchanged);

    new Pipeline(BuildOptions.of(src, dest)).build();
    Path fresh = tmp.resolve("fresh");
    new Pipeline(BuildOptions.of(src, fresh)).build();

    Map<String, String> inPlace = tree(dest, false);
    assertThat(inPlace.remove(".git")).isEqualTo("folder");
    assertThat(inPlace.remove(".git/HEAD")).isNotNull();
    assertThat(inPlace).isEqualTo(tree(fresh, false));
    assertThat(dest.resolve("2020/01/01")).doesNotExist();
    assertThat(dest.resolve("about.html")).isRegularFile();
    assertThat(Files.getLastModifiedTime(second)).as("an unchanged output is not written again").isEqualTo(unchanged);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("src", "_site", "fresh");
    }
  }

  @Test
  void aBuildThatStopsLeavesTheDestinationAsItWas() throws IOException {
    Path src = site();
    Path dest = tmp.resolve("_site");
    new Pipeline(BuildOptions.of(src, dest)).build();
    put(src.resolve("_posts/2022-01-01-new.md"), "---\ntitle: New\n---\nnew\n");
    put(src.resolve("broken.html"), "---\n---\n{% if %}\n");
    Map<String, String> before = tree(dest, true);

    assertThatThrownBy(() -> new Pipeline(BuildOptions.of(src, dest)).build()).isInstanceOf(BuildException.class);

    assertThat(tree(dest, true)).isEqualTo(before);
  }

  @Test
  void outputsThatNeedAFileAndAFolderAtOnePathStopBeforeWriting() throws IOException {
    Path src = site();
    Path dest = tmp.resolve("_site");
    new Pipeline(BuildOptions.of(src, dest)).build();
    // a static file "docs" and a page under docs/: no tree holds both
    put(src.resolve("docs"), "a static file without an extension");
    put(src.resolve("guide.md"), "---\npermalink: /docs/guide/\n---\nguide\n");
    Map<String, String> before = tree(dest, true);

    assertThatThrownBy(() -> new Pipeline(BuildOptions.of(src, dest)).build())
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("docs/guide/index.html");

    assertThat(tree(dest, true)).isEqualTo(before);
  }
}

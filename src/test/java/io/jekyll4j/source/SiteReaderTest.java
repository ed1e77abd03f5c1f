package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading posts as Jekyll 4.3.1 does (behaviour checked with real Jekyll). */
class SiteReaderTest {
  @TempDir Path dir;

  private Site read() {
    SiteConfig config = ConfigLoader.load(dir, List.of(), Map.of("timezone", "UTC"));
    ZonedDateTime time = ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    return new SiteReader(dir, config, new SiteReader.ReadOptions(false, false, false), time, new Diagnostics()).read();
  }

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void anInvalidFrontMatterDateIsFatalAndNamesTheLine() throws IOException {
    write("_posts/2024-01-01-bad.md", "---\ntitle: x\ndate: not a date\n---\nx\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(BuildException.class)
        .hasMessageContaining(
            "Invalid date 'not a date': Document '_posts/2024-01-01-bad.md' does not have a valid date in the YAML front matter.")
        .satisfies(e -> assertThat(((BuildException) e).location().orElseThrow().toString())
            .isEqualTo("_posts/2024-01-01-bad.md:3"));
  }

  @Test
  void anInvalidFileNameDateIsFatal() throws IOException {
    write("_posts/2024-13-45-bad.md", "---\n---\nx\n");
    assertThatThrownBy(this::read)
        .hasMessageContaining("Invalid date '2024-13-45': Document '_posts/2024-13-45-bad.md' does not have a valid date in the filename.");
  }

  @Test
  void datedFilesWithoutFrontMatterArePostsAndOtherFilesAreIgnored() throws IOException {
    write("_posts/2024-05-01-data.txt", "plain\n");
    write("_posts/readme.txt", "not a post\n");
    Site site = read();
    assertThat(site.posts()).extracting(Document::relativePath).containsExactly("_posts/2024-05-01-data.txt");
    assertThat(site.staticFiles()).isEmpty();
  }

  @Test
  void postsOutsideCollectionsDirAreNotRead() throws IOException {
    write("_config.yml", "collections_dir: c\n");
    write("_posts/2024-01-01-out.md", "---\n---\nx\n");
    write("c/_posts/2024-01-01-in.md", "---\n---\nx\n");
    assertThat(read().posts()).extracting(Document::jekyllRelativePath).containsExactly("_posts/2024-01-01-in.md");
  }

  @Test
  void aNegativeLimitPostsIsAnError() throws IOException {
    write("_config.yml", "limit_posts: -1\n");
    assertThatThrownBy(this::read).hasMessageContaining("limit_posts must be a non-negative number");
  }

  @Test
  void limitPostsKeepsTheNewest() throws IOException {
    write("_config.yml", "limit_posts: 1\n");
    write("_posts/2024-01-01-old.md", "---\n---\nx\n");
    write("_posts/2024-02-01-new.md", "---\n---\nx\n");
    assertThat(read().posts()).extracting(Document::slug).containsExactly("new");
  }
}

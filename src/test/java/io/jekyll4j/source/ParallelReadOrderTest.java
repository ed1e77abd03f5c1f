package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are read on all cores, but a site reads as if one file were read after the other: the
 * same items in the same order, warnings in Jekyll's reading order, the first error the one a
 * sequential read meets first.
 */
class ParallelReadOrderTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private Site read() {
    SiteConfig config = ConfigLoader.load(dir, List.of(),
        Map.of("timezone", "UTC", "collections", Map.of("notes", Map.of("output", true))));
    ZonedDateTime time = ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    return new SiteReader(dir, config, new SiteReader.ReadOptions(false, false, false), time, diagnostics).read();
  }

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void warningsComeInReadingOrderWhateverTheThreads() throws IOException {
    List<String> expected = new ArrayList<>();
    // Jekyll's order: the folder's posts, then its entries by name (pages, folders), then collections
    for (int i = 0; i < 150; i++) {
      String rel = String.format("_posts/2020-01-01-p%03d.md", i);
      write(rel, "---\ntitle: [unclosed\n---\nbody\n");
      expected.add(rel);
    }
    for (int i = 0; i < 60; i++) {
      String rel = String.format("a%02d.md", i);
      write(rel, "---\ntitle: [unclosed\n---\nbody\n");
      expected.add(rel);
      write(String.format("a%02d.txt", i), "static\n");
    }
    for (int i = 0; i < 60; i++) {
      String rel = String.format("b/_posts/2021-01-01-q%02d.md", i);
      write(rel, "---\ntitle: [unclosed\n---\nbody\n");
      expected.add(rel);
    }
    for (int i = 0; i < 60; i++) {
      String rel = String.format("_notes/n%02d.md", i);
      write(rel, "---\ntitle: [unclosed\n---\nbody\n");
      expected.add(rel);
    }
    for (int i = 0; i < 60; i++) {
      write(String.format("_posts/2031-01-01-future%02d.md", i), "---\n---\nlater\n");
    }
    Site site = read();
    List<String> warned = new ArrayList<>();
    for (String w : diagnostics.warnings()) {
      if (w.startsWith("Skipping: ")) {
        warned.add(w.substring("Skipping: ".length(), w.indexOf(" has a future date")));
      } else {
        warned.add(w.substring(w.indexOf("reading ") + "reading ".length(), w.indexOf(": ", w.indexOf("reading "))));
      }
    }
    // the future posts sort after the others in _posts
    List<String> order = new ArrayList<>(expected.subList(0, 150));
    for (int i = 0; i < 60; i++) order.add(String.format("_posts/2031-01-01-future%02d.md", i));
    order.addAll(expected.subList(150, expected.size()));
    assertThat(warned).containsExactlyElementsOf(order);
    assertThat(site.pages()).hasSize(60);
    assertThat(site.pages().get(0).relativePath()).isEqualTo("a00.md");
    assertThat(site.staticFiles()).hasSize(60);
    assertThat(site.collections().get("posts")).hasSize(210);
    assertThat(site.collections().get("notes")).hasSize(60);
  }

  @Test
  void theFirstErrorInReadingOrderStopsTheRead() throws IOException {
    for (int i = 0; i < 200; i++) {
      write(String.format("_posts/2020-01-01-p%03d.md", i), i == 40 || i == 170
          ? "---\ndate: nonsense " + i + "\n---\n" : "---\ntitle: [unclosed\n---\nbody\n");
    }
    write("_notes/bad.md", "---\n- a list\n---\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("Invalid date 'nonsense 40'");
    // the files before it reported their warnings, none after it
    assertThat(diagnostics.warnings()).hasSize(40);
    assertThat(diagnostics.warnings().get(39)).contains("p039.md");
  }

  @Test
  void aPageErrorBeforeALaterFolderComesFirst() throws IOException {
    write("a.md", "---\n- not a mapping\n---\n");
    write("z/_posts/2020-01-01-bad.md", "---\ndate: nonsense\n---\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("Invalid YAML front matter in a.md");
  }
}

package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll's EntryFilter rules, as lib/jekyll/entry_filter.rb applies them. */
class EntryFilterTest {
  @TempDir Path src;

  private EntryFilter filter(String config) throws IOException {
    Files.writeString(src.resolve("_config.yml"), config);
    return new EntryFilter(src, ConfigLoader.load(src, List.of(), Map.of()));
  }

  private boolean accepts(EntryFilter f, String rel) {
    return f.accept(rel, src.resolve(rel));
  }

  @Test
  void specialHiddenAndBackupEntriesAreSkipped() throws IOException {
    EntryFilter f = filter("title: x\n");
    assertThat(accepts(f, "_drafts")).isFalse();
    assertThat(accepts(f, ".git")).isFalse();
    assertThat(accepts(f, "#notes")).isFalse();
    assertThat(accepts(f, "page.md~")).isFalse();
    assertThat(accepts(f, "page.md")).isTrue();
    assertThat(accepts(f, ".htaccess")).isTrue();
  }

  @Test
  void excludeIsAPrefixOrGlobRelativeToTheSource() throws IOException {
    EntryFilter f = filter("exclude: [src, '*.log', docs/private]\n");
    assertThat(accepts(f, "src")).isFalse();
    assertThat(accepts(f, "src-extra")).as("Jekyll matches exclude as a string prefix").isFalse();
    assertThat(accepts(f, "debug.log")).isFalse();
    assertThat(accepts(f, "logs/deep/x.log")).as("fnmatch without FNM_PATHNAME crosses /").isFalse();
    assertThat(accepts(f, "docs/private")).isFalse();
    assertThat(accepts(f, "docs/public")).isTrue();
  }

  @Test
  void entriesOfACollectionFolderAreJoinedToItForExclude() throws IOException {
    EntryFilter f = filter("exclude: [_posts/2019, /_posts/old/, '_posts/*-draft.md']\ninclude: [keep]\n");
    Files.createDirectories(src.resolve("_posts/old"));
    assertThat(f.acceptEntry("2019-01-01-a.md", "/_posts", src.resolve("_posts/2019-01-01-a.md"), false)).isFalse();
    assertThat(f.acceptEntry("2020-01-01-a.md", "/_posts", src.resolve("_posts/2020-01-01-a.md"), false)).isTrue();
    // a pattern ending in / names the folder itself
    assertThat(f.acceptEntry("old", "/_posts", src.resolve("_posts/old"), false)).isFalse();
    assertThat(f.acceptEntry("old/2020-01-01-b.md", "/_posts", src.resolve("_posts/old/2020-01-01-b.md"), false)).isFalse();
    assertThat(f.acceptEntry("older.md", "/_posts", src.resolve("_posts/older.md"), false)).isTrue();
    assertThat(f.acceptEntry("2021-01-01-x-draft.md", "/_posts", src.resolve("_posts/2021-01-01-x-draft.md"), false)).isFalse();
    // include is matched against the entry itself: an entry starting with "keep" is read even if special
    assertThat(f.acceptEntry("keep", "/_posts", src.resolve("_posts/keep"), false)).isTrue();
    assertThat(f.acceptEntry("/keepsake.md", "/_posts", src.resolve("_posts/keepsake.md"), false)).isTrue();
    assertThat(f.acceptEntry("_hidden.md", "/_posts", src.resolve("_posts/_hidden.md"), false)).isFalse();
  }

  @Test
  void defaultExcludesAreAlwaysAdded() throws IOException {
    EntryFilter f = filter("exclude: [foo]\n");
    assertThat(accepts(f, "node_modules")).isFalse();
    assertThat(accepts(f, "Gemfile")).isFalse();
    assertThat(accepts(f, "vendor/bundle/x")).isFalse();
  }

  @Test
  void includeOverridesSpecialNames() throws IOException {
    EntryFilter f = filter("include: [_redirects, .well-known]\n");
    assertThat(accepts(f, "_redirects")).isTrue();
    assertThat(accepts(f, ".well-known")).isTrue();
    assertThat(accepts(f, "_other")).isFalse();
  }
}

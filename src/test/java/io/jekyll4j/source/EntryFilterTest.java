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

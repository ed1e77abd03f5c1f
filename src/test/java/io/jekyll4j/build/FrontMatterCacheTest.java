package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front-matter cache ({@code .jekyll-cache/jekyll4j/front-matter.bin}, see {@code
 * source.FrontMatterCache}) as builds see it: a build that takes documents' front matter from it
 * (and reads their bodies later) writes the site a build without it writes; a file whose size or
 * time changed is read again; a file changed just before the read is not kept.
 */
class FrontMatterCacheTest {
  @TempDir Path tmp;

  /** Files written an hour ago: settled, so the cache keeps them. */
  private static final FileTime OLD = FileTime.from(Instant.now().minusSeconds(3600));

  private Path site() throws IOException {
    Path src = tmp.resolve("src");
    put(src.resolve("_config.yml"), "title: t\ncollections:\n  recipes:\n    output: true\n"
        + "defaults:\n  - scope: {path: \"\"}\n    values: {layout: default}\n");
    put(src.resolve("_layouts/default.html"), "<html>{{ page.title }}|{{ page.tags | join: ',' }}|{{ content }}</html>\n");
    put(src.resolve("index.html"), "---\n---\n{% for p in site.posts %}[{{ p.title }} {{ p.date }} {{ p.n }}"
        + " {{ p.when }} {{ p.list | join: '+' }} {{ p.map.k }} {{ p.excerpt | strip }}]\n{% endfor %}"
        + "{% for r in site.recipes %}({{ r.title }} {{ r.content | strip }}){% endfor %}\n");
    put(src.resolve("_posts/2020-01-01-values.md"), "---\ntitle: \"Values: caf\u00e9\"\ndate: 2020-01-01 10:00:00 +0200\n"
        + "n: 12345678901\nf: 1.5\nwhen: 2019-05-06\nlist: [a, 1, true, ~]\nmap: {k: v, 2: two}\ntags: [x, y]\n"
        + "big: 123456789012345678901234567890\nset: !!set {p, q}\nbin: !!binary aGVsbG8=\n---\n"
        + "First *paragraph*.\n\nSecond {{ page.n }}.\n");
    put(src.resolve("_posts/2020-01-02-plain.md"), "no front matter at all\n\nsecond\n");
    put(src.resolve("_posts/2020-01-03-bom.md"), "\uFEFF---\ntitle: Bom\n---\nbody after a BOM\n");
    put(src.resolve("_posts/2020-01-04-alias.md"), "---\ntitle: Alias\nbase: &b [1, 2]\nsame: *b\n---\nalias body\n");
    put(src.resolve("_posts/2020-01-05-cut.md"), "---\ntitle: Cut\n---\n{% if true %}open\n\nclosed{% endif %}\n");
    put(src.resolve("_posts/2020-01-06-bad.md"), "---\ntitle: [unclosed\n---\nbad yaml body\n");
    put(src.resolve("_recipes/soup.md"), "---\ntitle: Soup\n---\nHot *soup*.\n");
    put(src.resolve("_recipes/plain.txt"), "a static file of the collection\n");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) Files.setLastModifiedTime(f, OLD);
    }
    return src;
  }

  private static void put(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private BuildResult build(Path src, String dest) {
    return new Pipeline(new BuildOptions(src, tmp.resolve(dest), List.of(), Map.of(), false, false, false, "production"))
        .build();
  }

  private String read(String dest, String path) throws IOException {
    return Files.readString(tmp.resolve(dest).resolve(path));
  }

  @Test
  void aBuildFromTheCacheWritesTheSameSiteAndWarnsAlike() throws IOException {
    Path src = site();
    BuildResult cold = build(src, "cold");
    Path cache = src.resolve(".jekyll-cache/jekyll4j/front-matter.bin");
    assertThat(cache).isRegularFile();
    BuildResult warm = build(src, "warm");
    for (String page : List.of("index.html", "2020/01/01/values.html", "2020/01/02/plain.html", "2020/01/03/bom.html",
        "2020/01/04/alias.html", "2020/01/05/cut.html", "2020/01/06/bad.html", "recipes/soup.html", "recipes/plain.txt")) {
      assertThat(read("warm", page)).as(page).isEqualTo(read("cold", page));
    }
    assertThat(read("warm", "index.html"))
        .contains("[Values: caf\u00e9 2020-01-01 08:00:00 +0000 12345678901 2019-05-06 a+1+true+ v <p>First <em>paragraph</em>.</p>]")
        .contains("(Soup <p>Hot <em>soup</em>.</p>)");
    assertThat(read("warm", "2020/01/01/values.html")).contains("Second 12345678901.");
    assertThat(read("warm", "2020/01/02/plain.html")).contains("<p>no front matter at all</p>");
    assertThat(read("warm", "2020/01/03/bom.html")).startsWith("<html>Bom|").doesNotContain("\uFEFF");
    // the warnings a read gives come again: the bad YAML and the cut Liquid block
    assertThat(warm.warnings()).isEqualTo(cold.warnings());
    assertThat(String.join("\n", warm.warnings())).contains("2020-01-06-bad.md", "Excerpt modified in _posts/2020-01-05-cut.md");
  }

  @Test
  void aChangedFileIsReadAgainAndAFreshOneIsNotKept() throws IOException {
    Path src = site();
    build(src, "one");
    Path post = src.resolve("_posts/2020-01-01-values.md");
    // same size, another time: read again
    String text = Files.readString(post).replace("Values: caf\u00e9", "Valuez: caf\u00e9");
    Files.writeString(post, text);
    Files.setLastModifiedTime(post, FileTime.from(Instant.now().minusSeconds(60)));
    build(src, "two");
    assertThat(read("two", "index.html")).contains("[Valuez: caf\u00e9");
    // changed just now: used, but not kept (a second change within the clock's step could hide)
    Files.writeString(post, text.replace("Valuez", "Valuex"));
    build(src, "three");
    assertThat(read("three", "index.html")).contains("[Valuex: caf\u00e9");
    byte[] kept = Files.readAllBytes(src.resolve(".jekyll-cache/jekyll4j/front-matter.bin"));
    String keptText = new String(kept, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(keptText).contains("_posts/2020-01-03-bom.md", "_recipes/soup.md")
        .doesNotContain("_posts/2020-01-01-values.md") // too fresh
        .doesNotContain("_posts/2020-01-04-alias.md") // one list in two places
        .doesNotContain("_posts/2020-01-06-bad.md"); // warned
  }

  @Test
  void aFileTheCacheKnowsThatChangedWithItsSizeAndTimeIsTakenFromTheCache() throws IOException {
    // the cache trusts size and time, as make and Jekyll's incremental build do: this shows the
    // second build took the front matter from it rather than from the file
    Path src = site();
    build(src, "one");
    Path post = src.resolve("_posts/2020-01-03-bom.md");
    Files.writeString(post, Files.readString(post).replace("title: Bom", "title: Mob"));
    Files.setLastModifiedTime(post, OLD);
    build(src, "two");
    assertThat(read("two", "2020/01/03/bom.html")).startsWith("<html>Bom|");
  }

  @Test
  void safeModeAndDisableDiskCacheKeepNothing() throws IOException {
    Path src = site();
    put(src.resolve("_config.yml"), Files.readString(src.resolve("_config.yml")) + "disable_disk_cache: true\n");
    build(src, "one");
    assertThat(src.resolve(".jekyll-cache/jekyll4j/front-matter.bin")).doesNotExist();
  }
}

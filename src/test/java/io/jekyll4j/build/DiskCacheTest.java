package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll's disk cache as builds see it: {@code .jekyll-cache/} in the source (or
 * {@code cache_dir}), none in safe mode or with {@code disable_disk_cache}, never in the site,
 * and a build that takes its conversions from it writes what a build without it writes.
 */
class DiskCacheTest {
  @TempDir Path tmp;

  private Path site(String config) throws IOException {
    Path src = tmp.resolve("src");
    put(src.resolve("_config.yml"), "title: t\n" + config);
    put(src.resolve("_layouts/default.html"), "<html>{{ content }}</html>\n");
    put(src.resolve("index.md"), "---\nlayout: default\n---\n# Home\n\n{% for p in site.posts %}{{ p.excerpt }}{% endfor %}\n");
    put(src.resolve("_posts/2020-01-01-first.md"), "---\ntitle: First\n---\nfirst *post* \"quoted\"\n\n## Part\n\nmore\n");
    put(src.resolve("_sass/_x.scss"), "a { color: red; }\n");
    put(src.resolve("css/main.scss"), "---\n---\n@import \"x\";\n");
    return src;
  }

  private static void put(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static BuildOptions options(Path src, Path dest) {
    return new BuildOptions(src, dest, List.of(), Map.of(), false, false, false, "production");
  }

  @Test
  void aSecondBuildFromTheCacheWritesTheSameSite() throws IOException {
    Path src = site("");
    new Pipeline(options(src, tmp.resolve("one"))).build();
    assertThat(src.resolve(".jekyll-cache/jekyll4j/conversions.bin")).isRegularFile();
    assertThat(src.resolve(".jekyll-cache/.gitignore")).isRegularFile();
    new Pipeline(options(src, tmp.resolve("two"))).build();
    assertThat(Files.readString(tmp.resolve("two/index.html"))).isEqualTo(Files.readString(tmp.resolve("one/index.html")))
        .contains("<h1 id=\"home\">Home</h1>", "\u201cquoted\u201d");
    assertThat(Files.readString(tmp.resolve("two/2020/01/01/first.html")))
        .isEqualTo(Files.readString(tmp.resolve("one/2020/01/01/first.html")));
    assertThat(Files.readString(tmp.resolve("two/css/main.css"))).isEqualTo(Files.readString(tmp.resolve("one/css/main.css")))
        .contains("color: red");
    assertThat(tmp.resolve("two/.jekyll-cache")).doesNotExist();

    // an edited post and partial are converted again, not taken from the cache
    put(src.resolve("_posts/2020-01-01-first.md"), "---\ntitle: First\n---\nchanged *post*\n");
    put(src.resolve("_sass/_x.scss"), "a { color: blue; }\n");
    new Pipeline(options(src, tmp.resolve("three"))).build();
    assertThat(Files.readString(tmp.resolve("three/2020/01/01/first.html"))).contains("changed <em>post</em>");
    assertThat(Files.readString(tmp.resolve("three/css/main.css"))).contains("color: blue");
  }

  @Test
  void safeModeAndDisableDiskCacheKeepItOffTheDisk() throws IOException {
    Path src = site("disable_disk_cache: true\n");
    new Pipeline(options(src, tmp.resolve("one"))).build();
    assertThat(src.resolve(".jekyll-cache")).doesNotExist();
    put(src.resolve("_config.yml"), "title: t\nsafe: true\n");
    new Pipeline(options(src, tmp.resolve("two"))).build();
    assertThat(src.resolve(".jekyll-cache")).doesNotExist();
  }

  @Test
  void cacheDirNamesTheFolderInsideTheSource() throws IOException {
    Path src = site("cache_dir: ../../.outside\n");
    new Pipeline(options(src, tmp.resolve("one"))).build();
    // Jekyll's in_source_dir: "../../.outside" is the source's own ".outside"
    assertThat(src.resolve(".outside/jekyll4j/conversions.bin")).isRegularFile();
    assertThat(tmp.resolve(".outside")).doesNotExist();
    assertThat(src.resolve(".jekyll-cache")).doesNotExist();
  }

  @Test
  void aCacheDirTheSiteWouldReadStaysInMemory() throws IOException {
    // Jekyll does not exclude cache_dir: a folder named "cache" is site content, and the cache's
    // own files would be copied into the site by the next build
    Path src = site("cache_dir: cache\n");
    new Pipeline(options(src, tmp.resolve("one"))).build();
    new Pipeline(options(src, tmp.resolve("two"))).build();
    assertThat(src.resolve("cache")).doesNotExist();
    assertThat(tmp.resolve("two/cache")).doesNotExist();
  }
}

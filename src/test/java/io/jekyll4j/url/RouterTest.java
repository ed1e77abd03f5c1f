package io.jekyll4j.url;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.StaticFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Static file URLs as Jekyll's {@code StaticFile#url} computes them (checked with Jekyll 4.3.1). */
class RouterTest {
  private static Router router(Map<String, Object> collections) {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("permalink", "date");
    raw.put("collections", collections);
    return new Router(new SiteConfig(raw, List.of()), ext -> ext.equals(".md") ? ".html" : ext);
  }

  @Test
  void aSiteStaticFileKeepsItsPath() {
    StaticFile f = StaticFile.ofSite("assets/a b.png", Path.of("x"), 0);
    assertThat(router(Map.of()).url(f)).isEqualTo("/assets/a b.png");
  }

  @Test
  void aCollectionStaticFileFollowsTheCollectionTemplateWithoutTrailingSlash() {
    Router r = router(Map.of("recipes", Map.of("output", true, "permalink", "/food/:path/")));
    StaticFile f = new StaticFile("my/_recipes/soups/notes.txt", Path.of("x"), 0, "recipes", "_recipes/soups/notes.txt");
    assertThat(r.url(f)).isEqualTo("/food/soups/notes.txt");
  }

  @Test
  void aCollectionStaticFileWithoutTemplateUsesCollectionAndPath() {
    Router r = router(Map.of("things", Map.of()));
    StaticFile f = new StaticFile("_things/sub/file.txt", Path.of("x"), 0, "things", "_things/sub/file.txt");
    assertThat(r.url(f)).isEqualTo("/things/sub/file.txt");
  }

  @Test
  void folderUrlsOfDocumentsGetIndexHtml() {
    assertThat(Router.outputPath("/food/bread/", ".html", true)).isEqualTo("food/bread/index.html");
    assertThat(Router.outputPath("/trailing", ".html", true)).isEqualTo("trailing.html");
    assertThat(Router.outputPath("/a%20b.txt", ".txt", false)).isEqualTo("a b.txt");
  }
}

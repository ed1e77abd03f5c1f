package io.jekyll4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Jekyll4jTest {
  @TempDir Path dir;

  private Path site() throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("_layouts"));
    Files.writeString(src.resolve("_config.yml"), "title: From the file\nnested:\n  a: 1\n  b: 2\n");
    Files.writeString(src.resolve("_layouts/default.html"),
        "<title>{{ site.title }}</title>{{ content }}|{{ site.nested.a }}{{ site.nested.b }}|{{ site.project.version }}");
    Files.writeString(src.resolve("index.md"), "---\nlayout: default\n---\n# Hi\n");
    Files.writeString(src.resolve("lost.md"), "---\nlayout: nowhere\n---\nx\n");
    Files.writeString(src.resolve("style.css"), "p {}\n");
    return src;
  }

  @Test
  void buildsWithConfigOverridesAndReportsOutputsWarningsAndTimings() throws Exception {
    Path src = site();
    Path out = dir.resolve("out");
    BuildOutcome o = Jekyll4j.build(SiteOptions.builder(src).destination(out)
        .config("title", "From the map")
        .config(Map.of("nested", Map.of("b", 3), "project", Map.of("version", "1.2.3")))
        .build());

    assertThat(o.succeeded()).isTrue();
    assertThat(o.error()).isEmpty();
    assertThat(o.outputs()).containsExactly("index.html", "lost.html", "style.css");
    assertThat(o.pagesWritten()).isEqualTo(3);
    assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("Layout 'nowhere' requested in lost.md"));
    assertThat(o.phases()).containsKeys("configure", "read", "render");
    assertThat(o.total()).isPositive();
    // the map is merged over the file, deeply: nested.a stays, nested.b is replaced
    assertThat(Files.readString(out.resolve("index.html")))
        .isEqualTo("<title>From the map</title><h1 id=\"hi\">Hi</h1>\n|13|1.2.3");
    assertThat(o.profile()).isEmpty();
  }

  @Test
  void aRebuildOfTheSameSiteBuildReportsOnlyWhatChanged() throws Exception {
    Path src = site();
    Jekyll4j.SiteBuild build = new Jekyll4j.SiteBuild(SiteOptions.builder(src).destination(dir.resolve("out")).build());
    assertThat(build.build().written()).hasSize(3);
    Files.writeString(src.resolve("style.css"), "p { color: red }\n");
    BuildOutcome again = build.build();
    assertThat(again.written()).containsExactly("style.css");
    assertThat(again.outputs()).hasSize(3);
  }

  @Test
  void aLiquidErrorIsAValueWithFileAndLine() throws Exception {
    Path src = site();
    Files.writeString(src.resolve("broken.md"), "---\n---\nok\n\n{% if true %}\nnever closed\n");
    Path out = dir.resolve("out");
    BuildOutcome o = Jekyll4j.build(SiteOptions.builder(src).destination(out).build());

    assertThat(o.succeeded()).isFalse();
    SiteError e = o.error().orElseThrow();
    assertThat(e.file()).contains("broken.md");
    // the line is the Liquid front end's to choose (the unclosed tag's, or the end's): any line
    assertThat(e.line()).isBetween(5, 7);
    assertThat(e.location()).isEqualTo("broken.md:" + e.line());
    assertThat(e.describe()).startsWith("Liquid syntax error").contains("in broken.md:" + e.line());
    assertThat(e.cause()).isPresent();
    assertThat(o.outputs()).isEmpty();
    assertThat(out.resolve("index.html")).doesNotExist();
  }

  @Test
  void theProfileOptionReturnsTheTable() throws Exception {
    BuildOutcome o = Jekyll4j.build(SiteOptions.builder(site()).destination(dir.resolve("out")).profile(true).build());
    assertThat(o.profile()).hasValueSatisfying(t -> assertThat(t).contains("index.md"));
  }

  @Test
  void theClassLoaderIsTheContextLoaderDuringTheBuildAndIsRestoredAfter() throws Exception {
    ClassLoader mine = new ClassLoader(getClass().getClassLoader()) {};
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    SiteOptions options = SiteOptions.builder(site()).classLoader(mine).build();
    ClassLoader[] seen = new ClassLoader[1];
    Jekyll4j.withLoader(options, () -> seen[0] = Thread.currentThread().getContextClassLoader());
    assertThat(seen[0]).isSameAs(mine);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }

  @Test
  void defaultsAreJekyllsAndRelativePathsAreMadeAbsolute() throws Exception {
    Path src = site();
    SiteOptions o = SiteOptions.builder(src).build();
    assertThat(o.destination()).isEqualTo(src.toAbsolutePath().resolve("_site"));
    assertThat(o.configFiles()).isEmpty();
    assertThat(o.drafts() || o.future() || o.unpublished()).isFalse();
    assertThat(SiteOptions.builder(Path.of("docs")).build().source()).isAbsolute();
    assertThat(o.toBuilder().drafts(true).build().drafts()).isTrue();
  }

  @Test
  void servesTheSiteAndReportsTheFirstBuild() throws Exception {
    Path src = site();
    SiteOptions options = SiteOptions.builder(src).destination(dir.resolve("out")).build();
    try (SiteServer server = Jekyll4j.serve(options, ServeSettings.defaults().withPort(0).withWatch(false), l -> {})) {
      assertThat(server.port()).isPositive();
      BuildOutcome first = server.awaitFirstBuild();
      assertThat(first.succeeded()).isTrue();
      assertThat(first.written()).contains("index.html");
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.address() + "index.html")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<h1 id=\"hi\">Hi</h1>").contains("livereload");
    }
  }

  @Test
  void aFirstBuildThatFailsUnderServeIsAnOutcomeAndAnUnreadableConfigIsThrown() throws Exception {
    Path src = site();
    Files.writeString(src.resolve("broken.md"), "---\n---\n{% if true %}\n");
    SiteOptions options = SiteOptions.builder(src).destination(dir.resolve("out")).build();
    try (SiteServer server = Jekyll4j.serve(options, ServeSettings.defaults().withPort(0).withWatch(false), l -> {})) {
      BuildOutcome first = server.awaitFirstBuild();
      assertThat(first.error()).hasValueSatisfying(e -> {
        assertThat(e.location()).matches("broken\\.md:[34]");
        assertThat(e.describe()).contains("Liquid syntax error");
      });
    }
    Files.writeString(src.resolve("_config.yml"), "title: [unclosed\n");
    assertThatThrownBy(() -> Jekyll4j.serve(options, ServeSettings.defaults().withPort(0), l -> {}))
        .isInstanceOfSatisfying(SiteException.class, e -> assertThat(e.error().file()).contains("_config.yml"));
  }
}

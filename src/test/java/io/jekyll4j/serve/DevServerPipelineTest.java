package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server over the real pipeline: saves in the source reach open pages. */
class DevServerPipelineTest {
  static final String POST = "/2024/01/10/first-post/";

  @TempDir Path tmp;
  Path src;
  DevServer server;
  WsClient tab;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    src = FixtureSites.copy("serve-basic", tmp.resolve("site"));
    server = DevServer.start(src, new ServeOptions("127.0.0.1", 0, "", true, true),
        FixtureSites.pipeline(src, tmp.resolve("dest")), line -> { });
    assertThat(server.awaitFirstBuild().succeeded()).isTrue();
    tab = new WsClient(server.origin());
    tab.send(LiveReloadProtocolTest.OUR_HELLO);
    assertThat(tab.next()).contains("hello");
    tab.send("{\"command\":\"info\",\"url\":\"" + server.origin() + POST + "\"}");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.hub().clientsWithKnownPage() < 1) {
      assertThat(System.nanoTime()).as("tab registered within 10 s").isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(5);
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (tab != null) {
      tab.close();
    }
    server.close();
  }

  private String get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.origin() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path p = src.resolve(rel);
    Files.writeString(p, Files.readString(p).replace(from, to));
  }

  /** Skips messages until one contains {@code text}. */
  private String awaitMessage(String text) throws InterruptedException {
    while (true) {
      String m = tab.next();
      if (m.contains(text)) {
        return m;
      }
    }
  }

  @Test
  void servesTheBuiltSiteWithTheDevelopmentUrl() throws Exception {
    assertThat(get("/")).contains("Serve Basic").contains("First post");
    assertThat(server.developmentUrl()).startsWith("http://localhost:");
  }

  @Test
  void editingThePostShownReloadsItsTab() throws Exception {
    edit("_posts/2024-01-10-first-post.md", "first post body", "first post, edited");
    assertThat(awaitMessage("\"command\":\"reload\""))
        .contains("\"path\":\"/2024/01/10/first-post/index.html\"");
    assertThat(get(POST)).contains("first post, edited");
  }

  @Test
  void scssChangeIsAStylesheetSwap() throws Exception {
    edit("css/style.scss", "rgb(255, 0, 0)", "rgb(0, 0, 255)");
    assertThat(awaitMessage("\"command\":\"reload\"")).contains("\"path\":\"/css/style.css\"")
        .contains("\"liveCSS\":true");
    assertThat(get("/css/style.css")).contains("rgb(0, 0, 255)");
  }

  @Test
  void brokenLiquidKeepsTheLastGoodSiteAndReportsFileAndLine() throws Exception {
    edit("about.md", "It is **small** on purpose.", "It is {% nosuchtag %} small.");
    String error = awaitMessage("jekyll4j-error");
    assertThat(error).contains("\"file\":\"about.md\"").contains("\"line\":8");
    assertThat(get("/about/")).contains("on purpose");
    edit("about.md", "It is {% nosuchtag %} small.", "It is tiny.");
    awaitMessage("jekyll4j-ok");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!get("/about/").contains("It is tiny.")) {
      assertThat(System.nanoTime()).as("fixed page served within 10 s").isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  @Test
  void configChangeAppliesWithoutRestart() throws Exception {
    edit("_config.yml", "title: Serve Basic", "title: Renamed Site");
    awaitMessage("\"command\":\"reload\"");
    assertThat(get(POST)).contains("First post | Renamed Site");
  }

  @Test
  void baseurlChangeInTheConfigMovesTheServedSiteWithoutRestart() throws Exception {
    Path config = src.resolve("_config.yml");
    Files.writeString(config, Files.readString(config) + "baseurl: /blog\n");
    awaitMessage("\"command\":\"reload\"");
    assertThat(status("/blog" + POST)).isEqualTo(200);
    assertThat(get("/blog" + POST)).contains("First post");
    assertThat(status(POST)).isEqualTo(404);
    assertThat(server.address().getPath()).isEqualTo("/blog/");
  }

  private int status(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.origin() + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void dataIncludeAndLayoutChangesArePickedUp() throws Exception {
    edit("_data/nav.yml", "title: About", "title: About us");
    awaitMessage("\"command\":\"reload\"");
    assertThat(get(POST)).contains(">About us</a>");
    edit("_layouts/post.html", "<article>", "<article class=\"post\">");
    awaitMessage("\"command\":\"reload\"");
    assertThat(get(POST)).contains("<article class=\"post\">");
  }

  @Test
  void newAndDeletedPostsUpdateTheListing() throws Exception {
    Files.writeString(src.resolve("_posts/2024-03-01-third-post.md"),
        "---\nlayout: post\ntitle: Third post\n---\nThird.\n");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!get("/").contains("Third post")) {
      assertThat(System.nanoTime()).as("new post listed within 10 s").isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(20);
    }
    Files.delete(src.resolve("_posts/2024-03-01-third-post.md"));
    while (get("/").contains("Third post")) {
      assertThat(System.nanoTime()).as("deleted post unlisted within 10 s").isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}

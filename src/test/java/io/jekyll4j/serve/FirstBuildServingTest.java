package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the first build runs, a page a browser asks for is rendered ahead of the rest and served
 * at once. The first build is held just as its render starts (nothing rendered yet), so every
 * answer below provably comes before the build, and must equal what the build then serves.
 */
class FirstBuildServingTest {
  @TempDir Path tmp;
  Path src;
  DevServer server;
  final CountDownLatch release = new CountDownLatch(1);
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws Exception {
    src = FixtureSites.copy("serve-basic", tmp.resolve("site"));
    Path dest = tmp.resolve("dest");
    server = DevServer.start(src, new ServeOptions("127.0.0.1", 0, "", true, true), url -> {
      Pipeline pipeline = new Pipeline(BuildOptions.of(src, dest).withOverrides(Map.of("url", url)));
      PipelineSiteBuilder builder = new PipelineSiteBuilder(pipeline, List.of());
      pipeline.onEarlyOutputs(early -> {
        builder.renderStarted(early);
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      return builder;
    }, line -> { });
  }

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.origin() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private boolean firstBuildDone() throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return server.awaitFirstBuild();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }).completeOnTimeout(null, 200, TimeUnit.MILLISECONDS).get() != null;
  }

  @Test
  void pagesAreServedBeforeTheBuildAndAsTheBuildWritesThem() throws Exception {
    HttpResponse<String> home = get("/");
    HttpResponse<String> post = get("/2024/01/10/first-post/");
    HttpResponse<String> css = get("/css/style.css");
    HttpResponse<String> robots = get("/assets/robots.txt");
    HttpResponse<String> about = get("/about");
    assertThat(firstBuildDone()).as("first build still held").isFalse();

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Serve Basic").contains("First post").contains("livereload.js");
    assertThat(home.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(post.body()).contains("first post body");
    assertThat(css.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(about.statusCode()).isEqualTo(301);
    assertThat(about.headers().firstValue("location")).contains("/about/");

    release.countDown();
    assertThat(server.awaitFirstBuild().succeeded()).isTrue();
    assertThat(get("/").body()).isEqualTo(home.body());
    assertThat(get("/2024/01/10/first-post/").body()).isEqualTo(post.body());
    assertThat(get("/css/style.css").body()).isEqualTo(css.body());
    assertThat(get("/assets/robots.txt").body()).isEqualTo(robots.body());
    assertThat(Files.readString(tmp.resolve("dest/index.html")))
        .isEqualTo(home.body().replaceFirst("<script[^>]*livereload\\.js[^>]*></script>", ""));
  }

  @Test
  void aPathTheBuildDoesNotWriteWaitsForTheBuildThenIsNotFound() throws Exception {
    CompletableFuture<HttpResponse<String>> missing = CompletableFuture.supplyAsync(() -> {
      try {
        return get("/no/such/page.html");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    TimeUnit.MILLISECONDS.sleep(300);
    assertThat(missing).as("answered only after the build").isNotDone();
    release.countDown();
    assertThat(missing.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
  }

  @Test
  void aFailedFirstBuildShowsItsErrorInThePageAndTheFixedBuildReloadsIt() throws Exception {
    // a server of its own, started on a source that is broken from the start
    release.countDown();
    server.close();
    Path broken = FixtureSites.copy("serve-basic", tmp.resolve("broken"));
    Path index = broken.resolve("index.html");
    String good = Files.readString(index);
    Files.writeString(index, good.replace("<h1>", "{% nosuchtag %}<h1>"));
    server = DevServer.start(broken, new ServeOptions("127.0.0.1", 0, "", true, true),
        FixtureSites.pipeline(broken, tmp.resolve("broken-dest")), line -> { });
    assertThat(server.awaitFirstBuild().succeeded()).isFalse();
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(page.body()).contains("livereload.js");
    WsClient tab = new WsClient(server.origin());
    try {
      tab.send(LiveReloadProtocolTest.OUR_HELLO);
      tab.send("{\"command\":\"info\",\"url\":\"" + server.origin() + "/\"}");
      String message = tab.next();
      while (!message.contains("jekyll4j-error")) message = tab.next();
      assertThat(message).contains("\"file\":\"index.html\"");
      Files.writeString(index, good);
      while (!message.contains("\"command\":\"reload\"")) message = tab.next();
      assertThat(get("/").statusCode()).isEqualTo(200);
    } finally {
      tab.close();
    }
  }

  @Test
  void aTabOpenedDuringTheFirstBuildIsNotReloadedWhenItEnds() throws Exception {
    get("/2024/01/10/first-post/");
    WsClient tab = new WsClient(server.origin());
    try {
      tab.send(LiveReloadProtocolTest.OUR_HELLO);
      assertThat(tab.next()).contains("hello");
      tab.send("{\"command\":\"info\",\"url\":\"" + server.origin() + "/2024/01/10/first-post/\"}");
      release.countDown();
      assertThat(server.awaitFirstBuild().succeeded()).isTrue();
      Path css = src.resolve("css/style.scss");
      Files.writeString(css, Files.readString(css).replace("rgb(255, 0, 0)", "rgb(0, 0, 255)"));
      // the first message after the first build is the stylesheet edit's, not a page reload
      String message = tab.next();
      assertThat(message).contains("\"command\":\"reload\"").contains("\"path\":\"/css/style.css\"");
    } finally {
      tab.close();
    }
  }
}

package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevServerHttpTest {
  @TempDir Path tmp;
  DevServer server;
  final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private void start(String baseurl, boolean livereload) throws Exception {
    Path src = tmp.resolve("src");
    write(src, "index.md", "Home page");
    write(src, "about.md", "About us");
    write(src, "404.html", "<html><body>Custom not found</body></html>");
    write(src, "style.scss", "body { color: red; }");
    write(src, "data.json", "{\"a\":1}");
    write(src, "img.png", "\u0089PNG");
    write(src, "plain.html", "<p>no body tag</p>");
    Files.writeString(tmp.resolve("secret.txt"), "top secret");
    Path dest = tmp.resolve("dest");
    Files.createDirectories(dest);
    Files.writeString(dest.resolve("placeholder"), "");
    ServeOptions options = new ServeOptions("127.0.0.1", 0, baseurl, false, livereload);
    server = DevServer.start(src, options, url -> new FakeSiteBuilder(src, dest), line -> { });
    server.awaitFirstBuild();
  }

  private static void write(Path root, String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.origin() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends the path byte for byte, bypassing any client-side normalization. */
  private String raw(String path) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void servesPagesWithHtmlContentTypeAndNoCache() throws Exception {
    start("", true);
    HttpResponse<String> r = get("/about/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("About us");
    assertThat(r.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    assertThat(r.headers().firstValue("cache-control").orElse("")).contains("no-cache");
  }

  @Test
  void folderWithoutSlashRedirects() throws Exception {
    start("", true);
    HttpResponse<String> r = get("/about?x=1");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("location").orElse("")).endsWith("/about/?x=1");
  }

  @Test
  void contentTypesCarryCharsetForText() throws Exception {
    start("", true);
    assertThat(get("/style.css").headers().firstValue("content-type"))
        .hasValue("text/css; charset=utf-8");
    assertThat(get("/data.json").headers().firstValue("content-type"))
        .hasValue("application/json; charset=utf-8");
    assertThat(get("/img.png").headers().firstValue("content-type")).hasValue("image/png");
  }

  @Test
  void missingPageServesTheSites404WithStatus404() throws Exception {
    start("", true);
    HttpResponse<String> r = get("/no/such/page");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Custom not found").contains("/livereload.js");
  }

  @Test
  void liveReloadScriptIsInjectedBeforeBodyEndOnlyInServedHtml() throws Exception {
    start("", true);
    String body = get("/").body();
    assertThat(body).containsSubsequence("Home page", "<script src=\"/livereload.js\"",
        "</body>");
    assertThat(Files.readString(tmp.resolve("dest/index.html"))).doesNotContain("livereload");
    assertThat(get("/plain.html").body()).endsWith("</script>");
    assertThat(get("/style.css").body()).doesNotContain("livereload");
    HttpResponse<String> js = get("/livereload.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.body()).contains("official-7");
  }

  @Test
  void withoutLiveReloadNothingIsInjected() throws Exception {
    start("", false);
    assertThat(get("/").body()).doesNotContain("livereload");
    assertThat(get("/livereload.js").statusCode()).isEqualTo(404);
  }

  @Test
  void headSendsHeadersWithoutBody() throws Exception {
    start("", true);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.origin() + "/"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValueAsLong("content-length").orElse(0))
        .isEqualTo(get("/").body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void conditionalGetAnswersNotModified() throws Exception {
    start("", true);
    HttpResponse<String> first = get("/style.css");
    String etag = first.headers().firstValue("etag").orElseThrow();
    String modified = first.headers().firstValue("last-modified").orElseThrow();
    HttpResponse<String> byTag = http.send(HttpRequest.newBuilder(
        URI.create(server.origin() + "/style.css")).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    HttpResponse<String> byDate = http.send(HttpRequest.newBuilder(
        URI.create(server.origin() + "/style.css")).header("If-Modified-Since", modified).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(byDate.statusCode()).isEqualTo(304);
    HttpResponse<String> other = http.send(HttpRequest.newBuilder(
        URI.create(server.origin() + "/style.css")).header("If-None-Match", "W/\"x\"").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).isEqualTo(200);
  }

  @Test
  void siteIsMountedUnderBaseurl() throws Exception {
    start("/blog", true);
    assertThat(get("/blog/about/").body()).contains("About us");
    assertThat(get("/blog").statusCode()).isEqualTo(301);
    assertThat(get("/about/").statusCode()).isEqualTo(404);
    assertThat(get("/blog/missing").body()).contains("Custom not found");
    assertThat(server.address().toString()).endsWith("/blog/");
  }

  @Test
  void aBaseurlWithASpaceIsServedAndItsAddressIsAValidUrl() throws Exception {
    start("/my site", true);
    assertThat(server.address().toString()).endsWith("/my%20site/");
    assertThat(get("/my%20site/about/").body()).contains("About us");
    assertThat(get("/about/").statusCode()).isEqualTo(404);
  }

  @Test
  void otherMethodsAreRefused() throws Exception {
    start("", true);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.origin() + "/"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
      "/..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%252e%252e/secret.txt",
      "/%252e%252e%252fsecret.txt", "/index.html%00", "/%2e%2e%2f%2e%2e%2fsecret.txt",
      "/about/..%2f..%2fsecret.txt", "/.%2e/secret.txt", "/%c0%ae%c0%ae/secret.txt",
      "/..;/secret.txt", "//../secret.txt"})
  void traversalAttemptsNeverReachFilesOutsideTheSite(String path) throws Exception {
    start("", true);
    String response = raw(path);
    String status = response.substring(9, 12);
    assertThat(status).isIn("400", "404");
    assertThat(response).doesNotContain("top secret");
  }

  @Test
  void symlinkOutOfTheSiteIsNotFollowed() throws Exception {
    start("", true);
    Files.createSymbolicLink(tmp.resolve("dest/leak.txt"), tmp.resolve("secret.txt"));
    HttpResponse<String> r = get("/leak.txt");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("top secret");
  }
}

package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults under {@code serve} (issue 17): the destination deleted while serving, file names with
 * {@code %}, and running out of memory while rendering. Each starts the real pipeline on a free
 * 127.0.0.1 port.
 */
class ServeFaultsTest {
  static final String POST = "/2024/01/10/first-post/";

  @TempDir Path tmp;
  Path src;
  Path dest;
  DevServer server;
  WsClient tab;
  final HttpClient http = HttpClient.newHttpClient();

  private void start() throws Exception {
    dest = tmp.resolve("dest");
    server = DevServer.start(src, new ServeOptions("127.0.0.1", 0, "", true, true),
        FixtureSites.pipeline(src, dest), line -> { });
    assertThat(server.awaitFirstBuild().succeeded()).isTrue();
    tab = new WsClient(server.origin());
    tab.send(LiveReloadProtocolTest.OUR_HELLO);
    assertThat(tab.next()).contains("hello");
  }

  @AfterEach
  void stop() throws Exception {
    if (tab != null) {
      tab.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> fetch(String rawPath) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.origin() + rawPath)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path p = src.resolve(rel);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  /** The status of a GET sent byte for byte (HttpClient refuses malformed escapes itself). */
  private int rawStatus(String path) throws IOException {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String head = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(head).as(path).startsWith("HTTP/1.1 ");
      return Integer.parseInt(head.substring(9, 12));
    }
  }

  /** Skips live-reload messages until one contains {@code text} (each waited for at most 10 s). */
  private String awaitMessage(String text) throws InterruptedException {
    while (true) {
      String m = tab.next();
      if (m.contains(text)) {
        return m;
      }
    }
  }

  /** Polls {@code path} until it answers 200 with {@code text}, for at most 15 s. */
  private void awaitServed(String path, String text) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (true) {
      HttpResponse<String> r = fetch(path);
      if (r.statusCode() == 200 && r.body().contains(text)) {
        return;
      }
      assertThat(System.nanoTime()).as(path + " answers 200 with \"" + text + "\" within 15 s, last: "
          + r.statusCode()).isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void recoversOnTheNextEditAfterTheDestinationIsDeleted() throws Exception {
    src = FixtureSites.copy("serve-basic", tmp.resolve("site"));
    start();
    assertThat(fetch(POST).statusCode()).isEqualTo(200);
    assertThat(Files.isDirectory(dest)).isTrue();
    deleteTree(dest);
    edit("_posts/2024-01-10-first-post.md", "first post body", "first post, after the wipe");
    awaitServed(POST, "first post, after the wipe");
    // every URL answers again, not only the edited one: the rebuild after the wipe is a full one
    for (String path : List.of("/", "/about/", "/2024/02/20/second-post/", "/css/style.css",
        "/assets/robots.txt", "/tags/")) {
      assertThat(fetch(path).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(fetch("/").body()).contains("First post");
    assertThat(Files.readString(dest.resolve("2024/01/10/first-post/index.html")))
        .contains("first post, after the wipe");
  }

  /**
   * Names as real Jekyll 4.3.1 writes them: a page {@code a%20b.html} keeps its name; a static
   * file's URL is unescaped once ({@code s%20t.html} is written as {@code s t.html}); a lone
   * {@code %} stays.
   */
  @Test
  void fileNamesWithPercentAreServedWhenRequestedEncoded() throws Exception {
    src = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(src.resolve("_config.yml"), "title: Percent\n");
    Files.writeString(src.resolve("index.html"), "---\n---\n<p>home</p>\n");
    Files.writeString(src.resolve("a%20b.html"), "---\n---\n<p>space-escape name</p>\n");
    Files.writeString(src.resolve("100%.html"), "<p>one hundred percent</p>\n");
    Files.writeString(src.resolve("s%20t.html"), "<p>static escape</p>\n");
    start();
    assertThat(listing(dest)).as("written as Jekyll writes them")
        .contains("a%20b.html", "100%.html", "s t.html");

    HttpResponse<String> spaced = fetch("/a%2520b.html");
    assertThat(spaced.statusCode()).as(spaced.body()).isEqualTo(200);
    assertThat(spaced.body()).contains("space-escape name");
    HttpResponse<String> percent = fetch("/100%25.html");
    assertThat(percent.statusCode()).as(percent.body()).isEqualTo(200);
    assertThat(percent.body()).contains("one hundred percent");
    assertThat(fetch("/s%20t.html").body()).contains("static escape");
    // decoded once only: /a%20b.html is "a b.html", which does not exist
    assertThat(fetch("/a%20b.html").statusCode()).isEqualTo(404);

    for (String bad : List.of("/%zz", "/%", "/%2", "/a%2zb.html", "/100%.html", "/%25zz", "/%25%zz")) {
      assertThat(rawStatus(bad)).as(bad).isIn(400, 404);
    }
    assertThat(fetch("/").body()).as("still serving").contains("home");
  }

  @Test
  void aLoopOverAHugeRangeIsAnErrorNamingTheFileAndTheNextSaveRecovers() throws Exception {
    src = FixtureSites.copy("serve-basic", tmp.resolve("site"));
    Files.writeString(src.resolve("count.html"), "---\n---\n<p>counted</p>\n");
    start();
    edit("count.html", "<p>counted</p>", "<p>{% for i in (1..3000000000) %}{{ i }}{% endfor %}</p>");
    String error = awaitMessage("jekyll4j-error");
    assertThat(error).contains("count.html");
    assertThat(fetch("/count/").body()).as("the last good page stays served").contains("counted");
    edit("count.html", "{% for i in (1..3000000000) %}{{ i }}{% endfor %}", "fixed");
    awaitMessage("jekyll4j-ok");
    awaitServed("/count/", "<p>fixed</p>");
  }

  /**
   * A real out-of-memory error, thrown by a plugin tag so that the test's heap stays bounded
   * (the build side caps loops, so Liquid alone cannot be made to exhaust the heap cheaply).
   */
  @Test
  void outOfMemoryWhileRenderingNamesTheFileAndTheRebuildThreadLivesOn() throws Exception {
    src = FixtureSites.copy("serve-basic", tmp.resolve("site"));
    Path classes = io.jekyll4j.testkit.PluginCompiler.compile(tmp.resolve("kit"), Map.of("example.Exhaust",
        io.jekyll4j.testkit.ExamplePlugins.HEAD + "public final class Exhaust implements LiquidTag {\n"
            + "  public String name() { return \"exhaust-kit\"; }\n"
            + "  public String tagName() { return \"exhaust\"; }\n"
            + "  public String render(String markup, TagContext ctx) {\n"
            + "    throw new OutOfMemoryError(\"Java heap space\");\n  }\n}\n"),
        List.of("example.Exhaust"));
    io.jekyll4j.testkit.PluginCompiler.jar(classes, src.resolve("_plugins/exhaust-kit.jar"));
    Files.writeString(src.resolve("heavy.html"), "---\n---\n<p>light</p>\n");
    start();
    assertThat(fetch("/heavy/").body()).contains("light");

    edit("heavy.html", "<p>light</p>", "<p>{% exhaust %}</p>");
    String error = awaitMessage("jekyll4j-error");
    assertThat(error).contains("heavy.html").contains("Out of memory");
    HttpResponse<String> page = fetch("/heavy/");
    assertThat(page.statusCode()).as("the server keeps answering").isEqualTo(200);
    assertThat(page.body()).contains("light");
    assertThat(fetch(POST).statusCode()).isEqualTo(200);

    edit("heavy.html", "<p>{% exhaust %}</p>", "<p>fixed</p>");
    awaitMessage("jekyll4j-ok");
    awaitServed("/heavy/", "<p>fixed</p>");
    // and the one after that too
    edit("_posts/2024-01-10-first-post.md", "first post body", "first post, later");
    awaitServed(POST, "first post, later");
  }

  /**
   * Out of memory outside rendering (in a generator): no file to name, but the overlay says what
   * happened, the last good site stays served and the rebuild thread takes the next save.
   */
  @Test
  void outOfMemoryInAGeneratorIsReportedAndTheRebuildThreadLivesOn() throws Exception {
    src = FixtureSites.copy("serve-basic", tmp.resolve("site"));
    Path classes = io.jekyll4j.testkit.PluginCompiler.compile(tmp.resolve("kit"), Map.of("example.Hog",
        io.jekyll4j.testkit.ExamplePlugins.HEAD + "public final class Hog implements Generator {\n"
            + "  public String name() { return \"hog-kit\"; }\n"
            + "  public void generate(GenerateContext ctx) {\n"
            + "    if (java.nio.file.Files.exists(ctx.source().resolve(\"hog.txt\"))) {\n"
            + "      throw new OutOfMemoryError(\"Java heap space\");\n    }\n  }\n}\n"),
        List.of("example.Hog"));
    io.jekyll4j.testkit.PluginCompiler.jar(classes, src.resolve("_plugins/hog-kit.jar"));
    start();
    Files.writeString(src.resolve("hog.txt"), "on\n");
    String error = awaitMessage("jekyll4j-error");
    assertThat(error).contains("Out of memory");
    assertThat(fetch(POST).statusCode()).as("the last good site stays served").isEqualTo(200);
    Files.delete(src.resolve("hog.txt"));
    edit("_posts/2024-01-10-first-post.md", "first post body", "first post, after the hog");
    awaitServed(POST, "first post, after the hog");
  }
}

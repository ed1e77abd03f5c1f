package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveReloadProtocolTest {
  static final String OFFICIAL_HELLO =
      "{\"command\":\"hello\",\"protocols\":[\"http://livereload.com/protocols/official-7\"]}";
  static final String OUR_HELLO = "{\"command\":\"hello\",\"protocols\":["
      + "\"http://livereload.com/protocols/official-7\","
      + "\"http://jekyll4j.io/protocols/overlay-1\"]}";

  @TempDir Path tmp;
  Path src;
  DevServer server;
  FakeSiteBuilder builder;

  @BeforeEach
  void start() throws Exception {
    src = tmp.resolve("src");
    write("index.md", "Home");
    write("about.md", "About");
    write("style.scss", "body{color:red}");
    write("logo.svg", "<svg/>");
    Path dest = tmp.resolve("dest");
    server = DevServer.start(src, new ServeOptions("127.0.0.1", 0, "", false, true),
        url -> builder = new FakeSiteBuilder(src, dest), line -> { });
    server.awaitFirstBuild();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private void write(String rel, String text) throws IOException {
    Path p = src.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private int known;

  private WsClient connect(String hello, String page) throws Exception {
    WsClient c = new WsClient(server.origin());
    c.send(hello);
    assertThat(c.next()).contains("\"command\":\"hello\"")
        .contains("http://livereload.com/protocols/official-7");
    if (page != null) {
      c.send("{\"command\":\"info\",\"plugins\":{},\"url\":\"" + server.origin() + page + "\"}");
      awaitKnownPages(++known);
    }
    return c;
  }

  private void awaitKnownPages(int n) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.hub().clientsWithKnownPage() < n) {
      assertThat(System.nanoTime()).as("client page known within 10 s").isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(5);
    }
  }

  /** Rebuilds as the watcher would after these files changed, and waits for the report. */
  private BuildReport rebuild(String... paths) throws Exception {
    SourceChanges changes = SourceChanges.fold(java.util.Arrays.stream(paths)
        .map(p -> new SourceChange(p, SourceChange.Kind.MODIFIED)).toList());
    BuildReport report = builder.build(changes);
    server.hub().publish(report);
    return report;
  }

  @Test
  void helloIsAnsweredWithProtocolSeven() throws Exception {
    try (WsClient c = new WsClient(server.origin())) {
      c.send(OFFICIAL_HELLO);
      String hello = c.next();
      assertThat(LiveReloadMessages.command(hello)).hasValue("hello");
      assertThat(LiveReloadMessages.protocols(hello))
          .contains("http://livereload.com/protocols/official-7");
    }
  }

  @Test
  void cssChangeIsSentAsLiveCssReload() throws Exception {
    try (WsClient c = connect(OUR_HELLO, "/about/")) {
      write("style.scss", "body{color:blue}");
      rebuild("style.scss");
      String msg = c.next();
      assertThat(msg).contains("\"command\":\"reload\"").contains("\"path\":\"/style.css\"")
          .contains("\"liveCSS\":true");
    }
  }

  @Test
  void htmlChangeReloadsOnlyTheTabShowingThatPage() throws Exception {
    try (WsClient about = connect(OUR_HELLO, "/about/");
        WsClient home = connect(OUR_HELLO, "/")) {
      write("about.md", "About, edited");
      rebuild("about.md");
      assertThat(about.next()).contains("\"command\":\"reload\"")
          .contains("\"path\":\"/about/index.html\"");
      assertThat(home.poll(300)).isNull();
    }
  }

  @Test
  void clientWhosePageIsUnknownStillGetsAReload() throws Exception {
    try (WsClient c = connect(OFFICIAL_HELLO, null)) {
      write("about.md", "About, again");
      rebuild("about.md");
      assertThat(c.next()).contains("\"command\":\"reload\"");
    }
  }

  @Test
  void failureShowsOverlayOnlyToOurClientsAndRecoveryClearsIt() throws Exception {
    try (WsClient ours = connect(OUR_HELLO, "/about/");
        WsClient official = connect(OFFICIAL_HELLO, "/about/")) {
      write("about.md", "line one\n{% broken %}\n");
      BuildReport failed = rebuild("about.md");
      assertThat(failed.succeeded()).isFalse();
      String error = ours.next();
      assertThat(error).contains("\"command\":\"jekyll4j-error\"")
          .contains("\"file\":\"about.md\"").contains("\"line\":2")
          .contains("\"location\":\"about.md:2\"");
      assertThat(official.poll(300)).isNull();
      assertThat(Files.readString(tmp.resolve("dest/about/index.html"))).contains("About");

      try (WsClient late = connect(OUR_HELLO, null)) {
        assertThat(late.next()).contains("jekyll4j-error");
      }

      write("about.md", "About, fixed");
      rebuild("about.md");
      assertThat(ours.next()).contains("\"command\":\"jekyll4j-ok\"");
      assertThat(ours.next()).contains("\"path\":\"/about/index.html\"");
      assertThat(official.next()).contains("\"path\":\"/about/index.html\"");
    }
  }

  @Test
  void buildWithNoChangedOutputSendsNothing() throws Exception {
    try (WsClient c = connect(OUR_HELLO, "/")) {
      rebuild("about.md");
      assertThat(c.poll(300)).isNull();
    }
  }
}

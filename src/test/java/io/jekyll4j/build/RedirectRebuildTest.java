package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.build.ChangeSet.Change;
import io.jekyll4j.build.ChangeSet.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jekyll-redirect-from makes pages from the front matter of other items, so a rebuild under
 * {@code serve} after an edit of {@code redirect_from} or {@code redirect_to} must write (and
 * drop) redirect pages and {@code redirects.json} exactly as a full build would.
 */
class RedirectRebuildTest {
  private static final String POST = "_posts/2024-01-05-hello.md";
  private static final String ABOUT = "about.md";

  @TempDir Path tmp;
  Path src;
  Pipeline session;

  @BeforeEach
  void buildTheSiteOnce() throws Exception {
    buildOnce("redirect-basic");
  }

  private void buildOnce(String site) throws Exception {
    Path from = Path.of(getClass().getResource("/sites/" + site).toURI());
    src = tmp.resolve("site");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = src.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
      }
    }
    session = new Pipeline(options("incremental"));
    session.build();
  }

  @Test
  void changingAPostsRedirectFromMovesItsRedirectPage() throws Exception {
    edit(POST, "redirect_from: /2024/hello/", "redirect_from: [/greetings/, /hi.html]");
    session.rebuild(ChangeSet.of(List.of(new Change(POST, Kind.MODIFIED))));

    assertSameAsFullBuild("after changing redirect_from");
    assertThat(tmp.resolve("incremental/2024/hello/index.html")).doesNotExist();
    assertThat(Files.readString(tmp.resolve("incremental/greetings/index.html")))
        .contains("url=http://example.com/2024/01/05/hello.html");
    assertThat(Files.readString(tmp.resolve("incremental/redirects.json")))
        .contains("\"/hi.html\":\"http://example.com/2024/01/05/hello.html\"");
  }

  @Test
  void addingRedirectFromToAPageAddsItsRedirectPage() throws Exception {
    edit("index.html", "title: Home", "title: Home\nredirect_from: /start/");
    session.rebuild(ChangeSet.of(List.of(new Change("index.html", Kind.MODIFIED))));

    assertSameAsFullBuild("after adding redirect_from");
    assertThat(Files.readString(tmp.resolve("incremental/start/index.html")))
        .contains("url=http://example.com/\"");
  }

  @Test
  void addingRedirectToTurnsTheItemIntoARedirect() throws Exception {
    edit(ABOUT, "redirect_from: /about-us/", "redirect_to: https://example.net/about");
    session.rebuild(ChangeSet.of(List.of(new Change(ABOUT, Kind.MODIFIED))));

    assertSameAsFullBuild("after adding redirect_to");
    assertThat(Files.readString(tmp.resolve("incremental/about.html")))
        .contains("url=https://example.net/about").doesNotContain("About");
    assertThat(tmp.resolve("incremental/about-us/index.html")).doesNotExist();
  }

  @Test
  void removingRedirectToBringsTheItemBack() throws Exception {
    String gone = "_posts/2024-02-01-gone.md";
    edit(gone, "redirect_to: /about/\n", "");
    session.rebuild(ChangeSet.of(List.of(new Change(gone, Kind.MODIFIED))));

    assertSameAsFullBuild("after removing redirect_to");
    assertThat(Files.readString(tmp.resolve("incremental/2024/02/01/gone.html"))).contains("Gone post.");
  }

  @Test
  void editingABodyRendersLessThanTheWholeSite() throws Exception {
    edit("contact.html", "Write to us.", "Write to us today.");
    session.rebuild(ChangeSet.of(List.of(new Change("contact.html", Kind.MODIFIED))));

    assertThat(session.lastRendered()).as("items rendered again (the rebuild is partial)")
        .isLessThan(session.lastSite().orElseThrow().convertibles().size());
    assertSameAsFullBuild("after a body edit");
  }

  @Test
  void editingTheSitesRedirectLayoutRewritesEveryRedirect() throws Exception {
    deleteRecursively(tmp);
    buildOnce("redirect-layout");
    String layout = "_layouts/redirect.html";
    edit(layout, "<p>Moved from", "<p>Now moved from");
    session.rebuild(ChangeSet.of(List.of(new Change(layout, Kind.MODIFIED))));

    assertSameAsFullBuild("after a layout edit");
    assertThat(Files.readString(tmp.resolve("incremental/away.html"))).contains("Now moved from /away.html");
    assertThat(Files.readString(tmp.resolve("incremental/was/here/index.html"))).contains("Now moved from /was/here/");
  }

  @Test
  void deletingAPageDropsItsRedirectPagesAndItsRedirectsJsonEntries() throws Exception {
    Files.delete(src.resolve("contact.html"));
    session.rebuild(ChangeSet.of(List.of(new Change("contact.html", Kind.DELETED))));

    assertSameAsFullBuild("after deleting a page");
    assertThat(tmp.resolve("incremental/contact-us.html")).doesNotExist();
    assertThat(Files.readString(tmp.resolve("incremental/redirects.json"))).doesNotContain("contact");
  }

  @Test
  void aRedirectedPostKeepsItsExcerptInTheFeedAfterAnotherPostIsEdited() throws Exception {
    deleteRecursively(tmp);
    buildOnce("redirect-edge");
    String first = "_posts/2024-03-04-first.md";
    edit(first, "First post.", "First post, edited.");
    session.rebuild(ChangeSet.of(List.of(new Change(first, Kind.MODIFIED))));

    assertSameAsFullBuild("after editing another post");
    assertThat(Files.readString(tmp.resolve("incremental/feed.xml"))).contains("<![CDATA[Second post.]]>");
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(root)) Files.delete(p);
      }
    }
  }

  private BuildOptions options(String dest) {
    return BuildOptions.of(src, tmp.resolve(dest))
        .withOverrides(Map.of("time", "2030-01-01 00:00:00 +0000", "timezone", "UTC"));
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path file = src.resolve(rel);
    String before = Files.readString(file);
    assertThat(before).contains(from);
    Files.writeString(file, before.replace(from, to));
  }

  private void assertSameAsFullBuild(String when) throws IOException {
    new Pipeline(options("fresh")).build();
    Map<String, String> incremental = files(tmp.resolve("incremental"));
    Map<String, String> fresh = files(tmp.resolve("fresh"));
    assertThat(incremental.keySet()).as(when).isEqualTo(fresh.keySet());
    fresh.forEach((path, text) -> assertThat(incremental.get(path)).as(when + ": " + path).isEqualTo(text));
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }
}

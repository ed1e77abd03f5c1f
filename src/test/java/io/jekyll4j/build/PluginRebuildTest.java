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
 * The pages the jekyll-feed and jekyll-sitemap generators add list the posts, so a rebuild under
 * {@code serve} after a post changes must write them exactly as a full build would.
 */
class PluginRebuildTest {
  private static final String POST = "_posts/2024-01-05-hello.md";

  @TempDir Path tmp;
  Path src;
  Pipeline session;

  @BeforeEach
  void buildTheSiteOnce() throws Exception {
    Path from = Path.of(getClass().getResource("/sites/sitemap-baseurl").toURI());
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
  void editingAPostRewritesTheFeedAsAFullBuildDoes() throws Exception {
    edit(POST, "title: Hello", "title: Renamed & more");
    session.rebuild(ChangeSet.of(List.of(new Change(POST, Kind.MODIFIED))));

    assertThat(session.lastRendered()).as("items rendered again (the rebuild is partial)")
        .isLessThan(session.lastSite().orElseThrow().convertibles().size());
    assertSameAsFullBuild("after a title edit");
    assertThat(Files.readString(tmp.resolve("incremental/feed.xml")))
        .contains("<title type=\"html\">Renamed &amp;amp; more</title>");
  }

  @Test
  void aPostsLastModifiedDateReachesTheSitemapAsInAFullBuild() throws Exception {
    edit(POST, "title: Hello", "title: Hello\nlast_modified_at: 2025-06-07 08:09:10 +0000");
    session.rebuild(ChangeSet.of(List.of(new Change(POST, Kind.MODIFIED))));

    assertSameAsFullBuild("after adding last_modified_at");
    assertThat(Files.readString(tmp.resolve("incremental/sitemap.xml")))
        .contains("<lastmod>2025-06-07T08:09:10+00:00</lastmod>");
  }

  @Test
  void aNewPostIsListedInTheFeedAndTheSitemap() throws Exception {
    String added = "_posts/2024-02-01-added.md";
    Files.writeString(src.resolve(added), "---\ntitle: Added\n---\nAdded body.\n");
    session.rebuild(ChangeSet.of(List.of(new Change(added, Kind.CREATED))));

    assertSameAsFullBuild("after a new post");
    assertThat(Files.readString(tmp.resolve("incremental/feed.xml"))).contains("Added body.");
    assertThat(Files.readString(tmp.resolve("incremental/sitemap.xml")))
        .contains("<loc>http://example.com/my%20site/2024/02/01/added.html</loc>");
  }

  private BuildOptions options(String dest) {
    return BuildOptions.of(src, tmp.resolve(dest))
        .withOverrides(Map.of("time", "2030-01-01 00:00:00 +0000", "timezone", "UTC"));
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path file = src.resolve(rel);
    Files.writeString(file, Files.readString(file).replace(from, to));
  }

  private void assertSameAsFullBuild(String when) throws IOException {
    new Pipeline(options("fresh")).build();
    assertThat(files(tmp.resolve("incremental"))).as(when).isEqualTo(files(tmp.resolve("fresh")));
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

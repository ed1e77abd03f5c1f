package io.jekyll4j.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.build.ChangeSet.Change;
import io.jekyll4j.build.ChangeSet.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A session that rebuilds incrementally must end up with exactly what a fresh full build writes,
 * after any sequence of edits: random edits, creations, deletions and renames are applied to a
 * fixture site, and after each step the session's output is compared byte for byte with a new
 * pipeline's full build.
 */
class IncrementalRebuildTest {
  @TempDir Path tmp;
  Path src;
  Pipeline session;
  int partialSteps;

  private BuildOptions options(String dest) {
    return BuildOptions.of(src, tmp.resolve(dest))
        .withOverrides(Map.of("time", "2030-01-01 00:00:00", "url", "http://localhost:4000"));
  }

  private void copyFixture() throws Exception {
    copySource();
    session = new Pipeline(options("incremental"));
    session.build();
  }

  /** Builds the session from the source as it is now (after {@link #copySource} and edits). */
  private void copyFixtureKeepingSource() {
    session = new Pipeline(options("incremental"));
    session.build();
  }

  private void copySource() throws Exception {
    Path from = Path.of(getClass().getResource("/sites/serve-basic").toURI());
    src = tmp.resolve("site");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = src.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void randomEditSequencesEndEqualToAFullBuild(long seed) throws Exception {
    copyFixture();
    Random random = new Random(seed);
    SiteEdits edits = new SiteEdits(src, random);
    for (int step = 0; step < 25; step++) {
      List<Change> changes = edits.apply();
      session.rebuild(ChangeSet.of(changes));
      if (session.lastRendered() < session.lastSite().orElseThrow().convertibles().size()) {
        partialSteps++;
      }
      assertSameAsFullBuild("seed " + seed + " step " + step + " " + changes);
    }
    assertThat(partialSteps).as("rebuilds that rendered only part of the site").isPositive();
  }

  /**
   * The same random edits on the site with a plugin of each type in {@code _plugins/}, each
   * declaring that it reads nothing beyond its item, so rebuilds may stay partial.
   */
  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void randomEditsWithAPluginOfEachTypeEndEqualToAFullBuild(long seed) throws Exception {
    copySource();
    Path classes = io.jekyll4j.testkit.PluginCompiler.compile(tmp.resolve("kit"),
        io.jekyll4j.testkit.ExamplePlugins.sources(true), io.jekyll4j.testkit.ExamplePlugins.SERVICES);
    io.jekyll4j.testkit.PluginCompiler.jar(classes, src.resolve("_plugins/example-kit.jar"));
    Files.writeString(src.resolve("plugged.html"), "---\n---\n{{ site.title | shout }} {% value_of site.posts.size %}"
        + " {% wrap b %}{{ greeting }} {{ site.posts.first.title }}{% endwrap %}\n");
    Files.writeString(src.resolve("doc.upper"), "---\n---\n{{ site.posts.size }} posts, {{ greeting }}\n");
    copyFixtureKeepingSource();
    assertThat(files(tmp.resolve("incremental")).values())
        .as("the plugins ran").anyMatch(t -> t.startsWith("SERVE BASIC! V:"));
    Random random = new Random(seed);
    SiteEdits edits = new SiteEdits(src, random);
    for (int step = 0; step < 20; step++) {
      List<Change> changes = edits.apply();
      session.rebuild(ChangeSet.of(changes));
      if (session.lastRendered() < session.lastSite().orElseThrow().convertibles().size()) {
        partialSteps++;
      }
      assertSameAsFullBuild("seed " + seed + " step " + step + " " + changes);
    }
    assertThat(partialSteps).as("rebuilds that rendered only part of the site").isPositive();
  }

  @Test
  void editingAPostTitleRendersOnlyItsReadersAndNeighbours() throws Exception {
    copyFixture();
    Path post = src.resolve("_posts/2024-01-10-first-post.md");
    Files.writeString(post, Files.readString(post).replace("title: First post", "title: Renamed"));
    session.rebuild(ChangeSet.of(List.of(new Change("_posts/2024-01-10-first-post.md",
        Kind.MODIFIED))));
    assertThat(session.lastRendered()).isLessThan(
        session.lastSite().orElseThrow().convertibles().size());
    assertSameAsFullBuild("title edit");
    assertThat(Files.readString(tmp.resolve("incremental/2024/02/20/second-post/index.html")))
        .contains(">Renamed</a>");
  }

  @Test
  void anExcerptWithLiquidFollowsWhatItReadsWhileOtherExcerptsAreKept() throws Exception {
    copySource();
    Path second = src.resolve("_posts/2024-02-20-second-post.md");
    Files.writeString(second, Files.readString(second)
        .replace("---\nThe second", "---\nAfter {{ site.posts.last.title }}.\n\nThe second"));
    copyFixtureKeepingSource();
    Path first = src.resolve("_posts/2024-01-10-first-post.md");
    Files.writeString(first, Files.readString(first).replace("title: First post", "title: Renamed"));
    session.rebuild(ChangeSet.of(List.of(new Change("_posts/2024-01-10-first-post.md",
        Kind.MODIFIED))));
    assertThat(session.lastRendered()).isLessThan(
        session.lastSite().orElseThrow().convertibles().size());
    assertSameAsFullBuild("title read by an excerpt");
    assertThat(Files.readString(tmp.resolve("incremental/index.html"))).contains("After Renamed.");
  }

  @Test
  void aFailedRebuildDoesNotLoseItsChanges() throws Exception {
    copyFixture();
    Path about = src.resolve("about.md");
    Path post = src.resolve("_posts/2024-02-20-second-post.md");
    Files.writeString(post, Files.readString(post).replace("second post body", "changed body"));
    Files.writeString(about, Files.readString(about).replace("on purpose.", "{% nosuchtag %}"));
    List<Change> both = List.of(new Change("about.md", Kind.MODIFIED),
        new Change("_posts/2024-02-20-second-post.md", Kind.MODIFIED));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.rebuild(ChangeSet.of(both)))
        .isInstanceOf(io.jekyll4j.diag.BuildException.class);
    Files.writeString(about, Files.readString(about).replace("{% nosuchtag %}", "again."));
    session.rebuild(ChangeSet.of(List.of(new Change("about.md", Kind.MODIFIED))));
    assertSameAsFullBuild("after a failure");
  }

  private void assertSameAsFullBuild(String when) throws IOException {
    Path fresh = tmp.resolve("fresh");
    new Pipeline(options("fresh")).build();
    assertThat(files(tmp.resolve("incremental"))).as(when).isEqualTo(files(fresh));
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

  /**
   * Random edits of the kinds an author makes, returning the changes as a watcher sees them.
   * New names are unique, so no two posts ever claim one URL (whose winner is unspecified).
   */
  private static final class SiteEdits {
    private final Path src;
    private final Random random;
    private int seq;

    SiteEdits(Path src, Random random) {
      this.src = src;
      this.random = random;
    }

    List<Change> apply() throws IOException {
      List<Path> posts = list("_posts");
      Path post = posts.get(random.nextInt(posts.size()));
      String rel = "_posts/" + post.getFileName();
      switch (random.nextInt(12)) {
        case 0, 1 -> {
          return replace(post, "\n---\n", "\n---\nMore words " + random.nextInt(1000) + ".\n\n");
        }
        case 2 -> {
          return replace(post, "title: ", "title: X" + random.nextInt(100) + " ");
        }
        case 3 -> {
          return replace(post, "title: ", "tags: [t" + random.nextInt(3) + "]\ntitle: ");
        }
        case 4 -> {
          return replace(src.resolve("about.md"), "small", "small " + random.nextInt(100));
        }
        case 5 -> {
          return replace(src.resolve("css/style.scss"), "body {",
              "body { margin: " + random.nextInt(9) + "px;");
        }
        case 6 -> {
          return replace(src.resolve("assets/robots.txt"), "*", "* " + random.nextInt(9));
        }
        case 7 -> {
          return replace(src.resolve("_data/nav.yml"), "title: Home",
              "title: Home" + random.nextInt(9));
        }
        case 8 -> {
          return List.of(created(String.format("_posts/2024-%02d-%02d-new-%d.md",
              1 + random.nextInt(12), 1 + random.nextInt(28), ++seq),
              "---\nlayout: post\ntitle: New " + random.nextInt(100) + "\n---\nNew body.\n"));
        }
        case 9 -> {
          if (posts.size() < 2) {
            return apply();
          }
          Files.delete(post);
          return List.of(new Change(rel, Kind.DELETED));
        }
        case 10 -> {
          String to = String.format("_posts/2023-%02d-%02d-renamed-%d.md",
              1 + random.nextInt(12), 1 + random.nextInt(28), ++seq);
          if (Files.exists(src.resolve(to))) {
            return apply();
          }
          Files.move(post, src.resolve(to));
          return List.of(new Change(rel, Kind.DELETED), new Change(to, Kind.CREATED));
        }
        default -> {
          return replace(post, "title: ", "date: 2024-0" + (1 + random.nextInt(9))
              + "-15 10:00:00\ntitle: ");
        }
      }
    }

    private List<Change> replace(Path file, String from, String to) throws IOException {
      String text = Files.readString(file);
      Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
          java.util.regex.Matcher.quoteReplacement(to)));
      return List.of(new Change(src.relativize(file).toString().replace('\\', '/'),
          Kind.MODIFIED));
    }

    private Change created(String rel, String text) throws IOException {
      if (Files.exists(src.resolve(rel))) {
        return new Change(rel, Kind.MODIFIED);
      }
      Files.writeString(src.resolve(rel), text);
      return new Change(rel, Kind.CREATED);
    }

    private List<Path> list(String dir) throws IOException {
      try (Stream<Path> s = Files.list(src.resolve(dir))) {
        return new ArrayList<>(s.sorted().toList());
      }
    }
  }
}

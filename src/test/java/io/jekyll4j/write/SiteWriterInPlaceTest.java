package io.jekyll4j.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.diag.BuildException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing into an existing destination folder updates it in place; the result is the tree a
 * write into a new folder gives (same paths, bytes, static files' modification times, kept
 * files), whatever the destination held before, and nothing is written through a link.
 */
class SiteWriterInPlaceTest {
  private static final List<String> KEEP = List.of(".git", ".svn");
  @TempDir Path tmp;

  private static SiteWriter.Output text(String s) {
    return SiteWriter.Output.of(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void put(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Every entry below {@code root}: folders, links (with their target), files (their bytes). */
  static Map<String, String> tree(Path root) throws IOException {
    return tree(root, Map.of());
  }

  /** {@link #tree(Path)}, with the modification time of the files copied from a static file. */
  static Map<String, String> tree(Path root, Map<String, SiteWriter.Output> outputs) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        if (p.equals(root)) continue;
        String rel = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          out.put(rel, "link -> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(rel, "folder");
        } else {
          boolean copied = outputs.containsKey(rel) && outputs.get(rel).copyOf() != null;
          out.put(rel, new String(Files.readAllBytes(p), StandardCharsets.UTF_8)
              + (copied ? " @" + Files.getLastModifiedTime(p) : ""));
        }
      }
    }
    return out;
  }

  /** {@link #tree(Path)} with every entry's modification time: to see that nothing was touched. */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = tree(root);
    for (Map.Entry<String, String> e : out.entrySet()) {
      e.setValue(e.getValue() + " @" + Files.getLastModifiedTime(root.resolve(e.getKey()), LinkOption.NOFOLLOW_LINKS));
    }
    return out;
  }

  /** The same outputs written into a destination that does not exist yet. */
  private Map<String, String> fresh(Map<String, SiteWriter.Output> outputs) throws IOException {
    Path dest = Files.createTempDirectory(tmp, "fresh").resolve("site");
    new SiteWriter(dest, KEEP).writeAll(outputs);
    return tree(dest, outputs);
  }

  private Path staticFile(String name, String content, long mtimeSeconds) throws IOException {
    Path f = tmp.resolve("src").resolve(name);
    put(f, content);
    Files.setLastModifiedTime(f, FileTime.fromMillis(mtimeSeconds * 1000 + 123));
    return f;
  }

  @Test
  void staleFilesAndFoldersGoAndTheResultIsAFreshWrite() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve("index.html"), "old index");
    put(dest.resolve("gone.html"), "a page since removed");
    put(dest.resolve("2020/01/01/old-post/index.html"), "old post");
    put(dest.resolve("2020/01/02/kept-post/index.html"), "kept post");
    put(dest.resolve(".hidden"), "hidden files are not kept unless keep_files says so");
    Map<String, SiteWriter.Output> outputs = new LinkedHashMap<>();
    outputs.put("index.html", text("new index"));
    outputs.put("2020/01/02/kept-post/index.html", text("kept post"));
    outputs.put("2021/03/04/new-post/index.html", text("new post"));
    outputs.put("img/logo.png", SiteWriter.Output.copy(staticFile("img/logo.png", "PNG", 1_600_000_000)));

    new SiteWriter(dest, KEEP).writeAll(outputs);

    assertThat(tree(dest, outputs)).isEqualTo(fresh(outputs));
    assertThat(dest.resolve("2020/01/01")).doesNotExist();
    assertThat(dest.resolve("img/logo.png").toFile().lastModified()).isEqualTo(1_600_000_000_123L);
  }

  @Test
  void keepFilesFollowJekyllsCleanerRules() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve(".git/HEAD"), "ref: main");
    put(dest.resolve(".github/workflows/x.yml"), "a plain prefix: .git keeps .github too");
    put(dest.resolve(".svn"), "a kept file");
    put(dest.resolve("sub/.git/HEAD"), "keep_files are relative to the destination: this goes");
    put(dest.resolve("assets/vendor/lib.js"), "kept below a folder that leads to it");
    put(dest.resolve("assets/other.js"), "not kept: goes");
    put(dest.resolve("data/x/y.txt"), "leads to nothing kept: the whole folder goes");
    put(dest.resolve("assets/vendor-readme.txt"), "kept too (a prefix)");
    List<String> keep = List.of(".git", ".svn", "assets/vendor", "data/kept");
    Map<String, SiteWriter.Output> outputs = Map.of("index.html", text("home"), ".svn", text("an output wins over a kept file"));

    new SiteWriter(dest, keep).writeAll(outputs);

    assertThat(tree(dest)).containsOnlyKeys(".git", ".git/HEAD", ".github", ".github/workflows",
        ".github/workflows/x.yml", ".svn", "assets", "assets/vendor", "assets/vendor/lib.js",
        "assets/vendor-readme.txt", "index.html");
    assertThat(dest.resolve(".svn")).hasContent("an output wins over a kept file");

    // the same rules when the old destination is carried into a staging folder (a linked destination)
    Path old = tmp.resolve("old");
    put(old.resolve(".git/HEAD"), "ref: main");
    put(old.resolve(".github/workflows/x.yml"), "a plain prefix: .git keeps .github too");
    put(old.resolve("sub/.git/HEAD"), "goes");
    put(old.resolve("assets/vendor/lib.js"), "kept below a folder that leads to it");
    put(old.resolve("assets/other.js"), "goes");
    put(old.resolve("assets/vendor-readme.txt"), "kept too (a prefix)");
    put(old.resolve(".svn"), "a kept file");
    Path linked = tmp.resolve("linked");
    Files.createSymbolicLink(linked, old);
    new SiteWriter(linked, keep).writeAll(outputs);
    assertThat(Files.isSymbolicLink(linked)).isFalse();
    assertThat(tree(linked)).isEqualTo(tree(dest));
  }

  @Test
  void aFileBecomesAFolderAndAFolderAFile() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve("about"), "was a file");
    put(dest.resolve("blog/index.html/old.txt"), "a folder where a file must now be");
    put(dest.resolve("feed/atom.xml"), "a folder where a file must now be");
    Map<String, SiteWriter.Output> outputs = new LinkedHashMap<>();
    outputs.put("about/index.html", text("about"));
    outputs.put("blog/index.html", text("blog"));
    outputs.put("feed", text("feed"));

    new SiteWriter(dest, KEEP).writeAll(outputs);

    assertThat(tree(dest, outputs)).isEqualTo(fresh(outputs));
    assertThat(dest.resolve("feed")).isRegularFile().hasContent("feed");
    assertThat(dest.resolve("about")).isDirectory();
  }

  @Test
  void linksInTheDestinationAreReplacedNeverFollowed() throws IOException {
    Path outside = tmp.resolve("outside");
    put(outside.resolve("index.html"), "outside page");
    put(outside.resolve("file.txt"), "outside file");
    put(outside.resolve("folder/x.txt"), "outside folder");
    Path dest = tmp.resolve("_site");
    Files.createDirectories(dest);
    Files.createSymbolicLink(dest.resolve("posts"), outside); // where outputs need a folder
    Files.createSymbolicLink(dest.resolve("page.html"), outside.resolve("file.txt")); // where an output file goes
    Files.createSymbolicLink(dest.resolve("stale"), outside.resolve("folder")); // obsolete
    Files.createSymbolicLink(dest.resolve(".git"), outside.resolve("folder")); // kept, as a link
    Map<String, SiteWriter.Output> outputs = new LinkedHashMap<>();
    outputs.put("posts/index.html", text("posts"));
    outputs.put("page.html", text("page"));
    outputs.put("logo.png", SiteWriter.Output.copy(staticFile("logo.png", "PNG", 1_500_000_000)));
    Files.createSymbolicLink(dest.resolve("logo.png"), outside.resolve("file.txt")); // a static file's place
    Map<String, String> outsideBefore = snapshot(outside);

    new SiteWriter(dest, KEEP).writeAll(outputs);

    assertThat(snapshot(outside)).isEqualTo(outsideBefore);
    Map<String, String> result = tree(dest, outputs);
    assertThat(result).containsEntry(".git", "link -> " + outside.resolve("folder"));
    result.remove(".git");
    assertThat(result).isEqualTo(fresh(outputs));
  }

  @Test
  void aRefusedOutputLeavesTheDestinationUntouched() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve("index.html"), "previous");
    put(dest.resolve("stale.html"), "previous");
    Files.setLastModifiedTime(dest.resolve("index.html"), FileTime.fromMillis(1_000_000_000_000L));
    Map<String, String> before = snapshot(dest);

    Map<String, SiteWriter.Output> clash = new LinkedHashMap<>();
    clash.put("index.html", text("new"));
    clash.put("a", text("a file"));
    clash.put("a/b/index.html", text("needs a folder where a file is"));
    assertThatThrownBy(() -> new SiteWriter(dest, KEEP).writeAll(clash))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("a/b/index.html").hasMessageContaining("folder");
    assertThat(snapshot(dest)).isEqualTo(before);

    Map<String, SiteWriter.Output> outside = new LinkedHashMap<>();
    outside.put("index.html", text("new"));
    outside.put("../escape.html", text("x"));
    assertThatThrownBy(() -> new SiteWriter(dest, KEEP).writeAll(outside))
        .isInstanceOf(BuildException.class).hasMessageContaining("outside the destination");
    Map<String, SiteWriter.Output> nul = new LinkedHashMap<>();
    nul.put("index.html", text("new"));
    nul.put("a\0b.html", text("x"));
    assertThatThrownBy(() -> new SiteWriter(dest, KEEP).writeAll(nul))
        .isInstanceOf(BuildException.class).hasMessageContaining("NUL");
    assertThat(snapshot(dest)).isEqualTo(before);
    assertThat(tmp.resolve("escape.html")).doesNotExist();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("_site");
    }
  }

  @Test
  void identicalFilesAreLeftAloneAndChangedOnesRewritten() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve("same.html"), "same");
    put(dest.resolve("same-size.html"), "abcd");
    put(dest.resolve("longer.html"), "longer than before");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    for (String f : List.of("same.html", "same-size.html", "longer.html")) Files.setLastModifiedTime(dest.resolve(f), old);
    Path png = staticFile("logo.png", "PNG1", 1_500_000_000);
    put(dest.resolve("logo.png"), "PNG2"); // same size, another time: copied again
    Path css = staticFile("main.css", "body{}", 1_500_000_000);
    put(dest.resolve("main.css"), "body{}");
    Files.setLastModifiedTime(dest.resolve("main.css"), Files.getLastModifiedTime(css));
    Map<String, SiteWriter.Output> outputs = new LinkedHashMap<>();
    outputs.put("same.html", text("same"));
    outputs.put("same-size.html", text("wxyz"));
    outputs.put("longer.html", text("short"));
    outputs.put("logo.png", SiteWriter.Output.copy(png));
    outputs.put("main.css", SiteWriter.Output.copy(css));

    new SiteWriter(dest, KEEP).writeAll(outputs);

    assertThat(tree(dest, outputs)).isEqualTo(fresh(outputs));
    assertThat(Files.getLastModifiedTime(dest.resolve("same.html"))).as("an identical file is not written").isEqualTo(old);
    assertThat(dest.resolve("same-size.html")).hasContent("wxyz");
    assertThat(dest.resolve("longer.html")).hasContent("short");
    assertThat(dest.resolve("logo.png")).hasContent("PNG1");
    assertThat(Files.getLastModifiedTime(dest.resolve("logo.png"))).isEqualTo(Files.getLastModifiedTime(png));
  }

  @Test
  void aHardLinkedOutputIsWrittenAsANewFile() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve("index.html"), "old");
    Path backup = tmp.resolve("backup.html");
    Files.createLink(backup, dest.resolve("index.html"));

    new SiteWriter(dest, KEEP).writeAll(Map.of("index.html", text("new")));

    assertThat(dest.resolve("index.html")).hasContent("new");
    assertThat(backup).hasContent("old");
  }

  @Test
  void anInputFailureInTheMiddleNamesThePath() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve("index.html"), "previous");
    Path vanished = tmp.resolve("src/vanished.png");
    Map<String, SiteWriter.Output> outputs = new LinkedHashMap<>();
    outputs.put("index.html", text("new"));
    outputs.put("vanished.png", SiteWriter.Output.copy(vanished)); // removed after reading, before writing

    assertThatThrownBy(() -> new SiteWriter(dest, KEEP).writeAll(outputs))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("partly updated")
        .hasMessageContaining(vanished.toString());
  }

  @Test
  void writeOneNeverWritesThroughALink() throws IOException {
    Path outside = tmp.resolve("outside");
    put(outside.resolve("index.html"), "outside page");
    Path dest = tmp.resolve("_site");
    put(dest.resolve("index.html"), "home");
    Files.createSymbolicLink(dest.resolve("blog"), outside);
    Files.createSymbolicLink(dest.resolve("about.html"), outside.resolve("index.html"));
    Map<String, String> outsideBefore = snapshot(outside);
    SiteWriter writer = new SiteWriter(dest, KEEP);

    writer.writeOne("blog/index.html", text("blog"));
    writer.writeOne("about.html", text("about"));
    writer.writeOne("blog/index.html", null);
    Files.createSymbolicLink(dest.resolve("gone"), outside);
    writer.writeOne("gone/index.html", null);

    assertThat(snapshot(outside)).isEqualTo(outsideBefore);
    assertThat(dest.resolve("blog")).isDirectory().isEmptyDirectory();
    assertThat(Files.isSymbolicLink(dest.resolve("about.html"))).isFalse();
    assertThat(dest.resolve("about.html")).hasContent("about");
  }

  @Test
  void outputPathsAreNormalizedAndABackslashIsPartOfAName() throws IOException {
    Path dest = tmp.resolve("_site");
    put(dest.resolve("a/b.html"), "old");
    Map<String, SiteWriter.Output> outputs = new LinkedHashMap<>();
    outputs.put("a/./b.html", text("normalized"));
    outputs.put("x//y/../z.html", text("z"));
    outputs.put("back\\slash.html", text("one name"));

    new SiteWriter(dest, KEEP).writeAll(outputs);

    assertThat(tree(dest)).containsOnlyKeys("a", "a/b.html", "x", "x/z.html", "back\\slash.html");
    assertThat(dest.resolve("a/b.html")).hasContent("normalized");
  }
}

package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
  @TempDir Path src;
  final BlockingQueue<SourceChanges> batches = new LinkedBlockingQueue<>();
  ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  SourceWatcher watcher;

  @BeforeEach
  void start() throws IOException {
    Files.createDirectories(src.resolve("_posts"));
    Files.createDirectories(src.resolve("_site/deep"));
    Files.createDirectories(src.resolve(".git/objects"));
    Files.writeString(src.resolve("_posts/2024-01-01-a.md"), "a");
    // folders with files and folders inside, and a folder of files only (link count 2)
    Files.createDirectories(src.resolve("guide/deep/deeper"));
    for (String f : List.of("guide/one.md", "guide/z.md", "guide/deep/two.md", "guide/deep/deeper/three.md")) {
      Files.writeString(src.resolve(f), f);
    }
    ChangeBatcher batcher = new ChangeBatcher(timer, batches::add, 15, 100, 250);
    watcher = new SourceWatcher(src,
        rel -> rel.equals("_site") || rel.startsWith("_site/") || rel.equals(".git")
            || rel.startsWith(".git/"), batcher);
    watcher.start();
  }

  @AfterEach
  void stop() throws IOException {
    watcher.close();
    timer.shutdownNow();
  }

  /** Collects batches until the wanted changes were all seen (10 s at most). */
  private Set<SourceChange> awaitChanges(SourceChange... wanted) throws InterruptedException {
    Set<SourceChange> seen = new HashSet<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!seen.containsAll(List.of(wanted))) {
      SourceChanges b = batches.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(b).as("changes %s within 10 s; saw %s", List.of(wanted), seen).isNotNull();
      seen.addAll(b.changes());
    }
    return seen;
  }

  private static SourceChange modified(String p) {
    return new SourceChange(p, SourceChange.Kind.MODIFIED);
  }

  private static SourceChange created(String p) {
    return new SourceChange(p, SourceChange.Kind.CREATED);
  }

  private static SourceChange deleted(String p) {
    return new SourceChange(p, SourceChange.Kind.DELETED);
  }

  @Test
  void editIsReported() throws Exception {
    Files.writeString(src.resolve("_posts/2024-01-01-a.md"), "edited");
    awaitChanges(modified("_posts/2024-01-01-a.md"));
  }

  @Test
  void editsInEveryFolderThereAtTheStartAreReported() throws Exception {
    Files.writeString(src.resolve("guide/deep/deeper/three.md"), "edited");
    Files.writeString(src.resolve("guide/deep/two.md"), "edited");
    Files.writeString(src.resolve("guide/z.md"), "edited");
    awaitChanges(modified("guide/deep/deeper/three.md"), modified("guide/deep/two.md"), modified("guide/z.md"));
    Files.createDirectories(src.resolve("guide/deep/deeper/new"));
    Files.writeString(src.resolve("guide/deep/deeper/new/four.md"), "new");
    awaitChanges(created("guide/deep/deeper/new/four.md"));
  }

  @Test
  void fileInANewFolderIsReported() throws Exception {
    Files.createDirectories(src.resolve("docs/sub"));
    Files.writeString(src.resolve("docs/sub/page.md"), "new");
    Set<SourceChange> seen = awaitChanges(created("docs/sub/page.md"));
    assertThat(seen).noneMatch(c -> c.path().startsWith("_site"));
    Files.writeString(src.resolve("docs/sub/page.md"), "new, edited");
    awaitChanges(modified("docs/sub/page.md"));
  }

  @Test
  void writeTempThenRenameIsOneModification() throws Exception {
    Path tmp = src.resolve("_posts/.2024-01-01-a.md.tmp~");
    Files.writeString(tmp, "atomically saved");
    Files.move(tmp, src.resolve("_posts/2024-01-01-a.md"), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    Set<SourceChange> seen = awaitChanges();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (seen.stream().noneMatch(c -> c.path().equals("_posts/2024-01-01-a.md"))) {
      SourceChanges b = batches.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(b).as("rename reported within 10 s").isNotNull();
      seen.addAll(b.changes());
    }
    assertThat(seen).noneMatch(c -> c.path().endsWith("~"));
    assertThat(seen).noneMatch(c -> c.path().equals("_posts/2024-01-01-a.md")
        && c.kind() == SourceChange.Kind.DELETED);
  }

  @Test
  void deleteAndRecreateIsAModification() throws Exception {
    Path post = src.resolve("_posts/2024-01-01-a.md");
    Files.delete(post);
    Files.writeString(post, "recreated");
    Set<SourceChange> seen = awaitChanges(modified("_posts/2024-01-01-a.md"));
    assertThat(seen).doesNotContain(deleted("_posts/2024-01-01-a.md"));
  }

  @Test
  void deletionAndRemovedFolderAreReported() throws Exception {
    Files.createDirectories(src.resolve("gone"));
    Files.writeString(src.resolve("gone/x.md"), "x");
    awaitChanges(created("gone/x.md"));
    Files.delete(src.resolve("gone/x.md"));
    Files.delete(src.resolve("gone"));
    awaitChanges(deleted("gone/x.md"), deleted("gone"));
  }

  @Test
  void ignoredFoldersAndSwapFilesAreNotReported() throws Exception {
    Files.writeString(src.resolve("_site/deep/out.html"), "out");
    Files.writeString(src.resolve(".git/objects/x"), "x");
    Files.writeString(src.resolve("_posts/.2024-01-01-a.md.swp"), "swap");
    Files.writeString(src.resolve("marker.md"), "marker");
    Set<SourceChange> seen = awaitChanges(created("marker.md"));
    assertThat(seen).extracting(SourceChange::path).containsOnly("marker.md");
  }
}

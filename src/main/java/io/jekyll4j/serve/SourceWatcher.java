package io.jekyll4j.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the source tree recursively (new folders included) and reports each changed file to a
 * {@link ChangeBatcher}, by its source-relative path. Ignored folders (the destination, .git,
 * excluded paths) are never registered, and editors' swap and backup files are dropped.
 */
final class SourceWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

  private final Path root;
  private final Predicate<String> ignored;
  private final ChangeBatcher batcher;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(r -> daemon(r, "jekyll4j-watcher"));
  private DirectoryWatcher watcher;
  /** Whether any change asks for a full rebuild (a folder outside the source, such as a theme's). */
  private final boolean rebuildAll;

  SourceWatcher(Path root, Predicate<String> ignored, ChangeBatcher batcher) {
    this(root, ignored, batcher, false);
  }

  private SourceWatcher(Path root, Predicate<String> ignored, ChangeBatcher batcher, boolean rebuildAll) {
    this.root = root.toAbsolutePath().normalize();
    this.ignored = ignored;
    this.batcher = batcher;
    this.rebuildAll = rebuildAll;
  }

  /** Watches a folder outside the source (a theme's): a change to any path kept asks for a full rebuild. */
  static SourceWatcher outside(Path root, Predicate<String> ignored, ChangeBatcher batcher) {
    return new SourceWatcher(root, ignored, batcher, true);
  }

  /** Registers the tree; returns once watching has begun. */
  void start() throws IOException {
    watcher = DirectoryWatcher.builder()
        .path(root)
        .fileHashing(false)
        .fileTreeVisitor(new SkippingVisitor())
        .logger(LOG)
        .listener(this::onEvent)
        .build();
    watcher.watchAsync(thread);
  }

  private void onEvent(DirectoryChangeEvent event) throws IOException {
    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
      batcher.overflow();
      return;
    }
    Path path = event.path();
    if (path == null || !path.startsWith(root) || path.equals(root)) {
      return;
    }
    String rel = relative(path);
    if (skip(rel)) {
      return;
    }
    if (rebuildAll) {
      batcher.overflow();
      return;
    }
    switch (event.eventType()) {
      case CREATE -> {
        batcher.add(new SourceChange(rel, SourceChange.Kind.CREATED));
        if (event.isDirectory()) {
          reportContents(path);
        }
      }
      case MODIFY -> {
        if (!event.isDirectory()) {
          batcher.add(new SourceChange(rel, SourceChange.Kind.MODIFIED));
        }
      }
      case DELETE -> batcher.add(new SourceChange(rel, SourceChange.Kind.DELETED));
      default -> { }
    }
  }

  /** A folder that appeared whole (moved in, or created fast): report what it holds. */
  private void reportContents(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).map(this::relative).filter(r -> !skip(r))
          .forEach(r -> batcher.add(new SourceChange(r, SourceChange.Kind.CREATED)));
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not list new folder {}", dir, e);
    }
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private boolean skip(String rel) {
    if (ignored.test(rel)) {
      return true;
    }
    int slash = rel.lastIndexOf('/');
    return isEditorScratch(rel.substring(slash + 1));
  }

  /** Swap, backup and atomic-save temp files of common editors. */
  static boolean isEditorScratch(String name) {
    return name.endsWith("~")
        || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo")
        || name.startsWith(".#")
        || (name.startsWith("#") && name.endsWith("#"))
        || name.equals("4913")
        || name.startsWith(".goutputstream-")
        || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___")
        || name.equals(".DS_Store");
  }

  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    thread.shutdownNow();
  }

  static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * Walks the tree for registration, leaving ignored folders out entirely. With file hashing off
   * the watcher wants only the folders (its callback for files does nothing), so files are never
   * reported, and on a file system whose link counts are exact (ext2-4, XFS, tmpfs), a folder with
   * a link count of 2 has no folder inside: its names are not looked at one by one. {@code
   * _posts} with 10,000 files costs no stat then, where a full walk took 0.15 s of CPU from the
   * first build, twice (the watcher walks the tree to register it and again to note its state).
   */
  private final class SkippingVisitor implements FileTreeVisitor {
    private Boolean exactLinkCounts;

    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
      if (exactLinkCounts == null) exactLinkCounts = exactLinkCounts(start);
      visit(start, onDirectory);
    }

    private void visit(Path dir, Callback onDirectory) throws IOException {
      if (!dir.equals(root) && dir.startsWith(root) && ignored.test(relative(dir))) return;
      onDirectory.call(dir);
      if (exactLinkCounts && linkCount(dir) == 2) return;
      List<Path> folders = new ArrayList<>();
      try (DirectoryStream<Path> names = Files.newDirectoryStream(dir)) {
        for (Path p : names) {
          if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) folders.add(p);
        }
      } catch (IOException | java.nio.file.DirectoryIteratorException e) {
        return; // unreadable or gone: as walkFileTree's visitFileFailed, go on
      }
      for (Path f : folders) visit(f, onDirectory);
    }
  }

  private static boolean exactLinkCounts(Path dir) {
    try {
      String type = Files.getFileStore(dir).type();
      return EXACT_LINK_COUNTS.contains(type);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static final java.util.Set<String> EXACT_LINK_COUNTS = java.util.Set.of("ext2", "ext3", "ext4", "xfs", "tmpfs");

  /** A folder's link count (2 + its folders where counts are exact); 0 when unknown. */
  private static int linkCount(Path dir) {
    try {
      return ((Number) Files.getAttribute(dir, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}

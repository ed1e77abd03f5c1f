package io.jekyll4j.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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

  /** Walks the tree for registration, leaving ignored folders out entirely. */
  private final class SkippingVisitor implements FileTreeVisitor {
    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile)
        throws IOException {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
            throws IOException {
          if (!dir.equals(root) && dir.startsWith(root) && ignored.test(relative(dir))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          onDirectory.call(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          onFile.call(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }
}

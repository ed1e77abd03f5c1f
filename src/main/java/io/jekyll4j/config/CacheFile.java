package io.jekyll4j.config;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.FutureTask;

/**
 * One file of jekyll4j's caches in the site's {@code cache_dir} ({@code .jekyll-cache/jekyll4j/}):
 * read on a thread of its own from the moment the cache is made, while the build goes on, and
 * written whole or not at all. The conversion cache and the front-matter cache share it.
 */
public final class CacheFile {
  private final Path file;
  /** Reads the file; null once it has been waited for. */
  private volatile FutureTask<Void> loading;

  /** Starts {@code load} (which catches its own failures) on a daemon thread named {@code thread}. */
  public CacheFile(Path file, Runnable load, String thread) {
    this.file = file;
    loading = new FutureTask<>(load, null);
    Thread t = new Thread(loading, thread);
    t.setDaemon(true);
    t.start();
  }

  public Path path() {
    return file;
  }

  /** Waits until the file is read (reads it here if its thread has not begun). */
  public void awaitLoad() {
    FutureTask<Void> task = loading;
    if (task == null) return;
    task.run(); // runs it here if its thread has not started it yet; else waits below
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      // the load catches its own failures
    }
    loading = null;
  }

  /** What writes the file's content. */
  @FunctionalInterface
  public interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  /**
   * Writes the file: to {@code NAME.PID.tmp} first, then moved over the old one; true when it
   * was. A failure leaves the old file or none (and no partial file). What a jekyll4j stopped
   * while writing left is removed first.
   */
  public boolean write(Writer writer) {
    Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      removeAbandoned(file);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
        writer.write(out);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // nothing more to do
      }
      return false;
    }
  }

  /**
   * Removes what a jekyll4j stopped while writing left: {@code NAME.PID.tmp} of a process that no
   * longer runs (a build still writing its own is left alone).
   */
  private static void removeAbandoned(Path target) {
    String prefix = target.getFileName() + ".";
    try (var siblings = Files.newDirectoryStream(target.getParent(), prefix + "*.tmp")) {
      for (Path p : siblings) {
        String name = p.getFileName().toString();
        String pid = name.substring(prefix.length(), name.length() - ".tmp".length());
        if (!pid.chars().allMatch(Character::isDigit) || pid.isEmpty() || pid.length() > 18) continue;
        if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) continue;
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      // left for the next build
    }
  }
}

package io.jekyll4j.write;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes a whole site so that the destination is never half-written: everything goes to a
 * staging folder beside the destination, {@code keep_files} are carried over from the old
 * destination, and only then are the folders swapped. No output path may leave the destination.
 */
public final class SiteWriter {
  private static final int WRITE_THREADS = 4;
  private final Path destination;
  private final List<String> keepFiles;

  /** One output: bytes to write, or a file to copy (keeping its modification time). */
  public record Output(byte[] bytes, Path copyOf) {
    public static Output of(byte[] bytes) {
      return new Output(bytes, null);
    }

    public static Output copy(Path file) {
      return new Output(null, file);
    }
  }

  public SiteWriter(Path destination, List<String> keepFiles) {
    this.destination = destination.toAbsolutePath().normalize();
    this.keepFiles = keepFiles;
  }

  /** Replaces the destination with exactly these outputs (relative path to content). */
  public void writeAll(Map<String, Output> outputs) {
    Path parent = destination.getParent();
    Path staging = parent.resolve("." + destination.getFileName() + ".jekyll4j-staging");
    Path old = parent.resolve("." + destination.getFileName() + ".jekyll4j-old");
    try {
      Files.createDirectories(parent);
      deleteTree(staging);
      deleteTree(old);
      Files.createDirectories(staging);
      writeInParallel(staging, outputs);
      carryKeptFiles(staging);
      if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(destination)) {
          throw new IOException(destination + " exists and is not a folder (left as it is)");
        }
        Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(staging);
      throw new BuildException(SourceLocation.of(destination.toString()), "Cannot write the site: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      // a refused path or a bug: the destination is left as it was and no staging folder stays beside it
      deleteQuietly(staging);
      throw e;
    }
  }

  private static void deleteQuietly(Path tree) {
    try {
      deleteTree(tree);
    } catch (IOException | RuntimeException ignored) {
      // best effort
    }
  }

  /**
   * Writes the outputs on a few threads: a site is many small files, and the time goes to
   * system calls more than to bytes. Folders are created once each.
   */
  private static void writeInParallel(Path root, Map<String, Output> outputs) throws IOException {
    List<Map.Entry<String, Output>> entries = List.copyOf(outputs.entrySet());
    Map<Path, Boolean> folders = knownFolder(root);
    int threads = Math.max(1, Math.min(WRITE_THREADS, entries.size() / 64));
    if (threads == 1) {
      for (Map.Entry<String, Output> e : entries) write(root, e.getKey(), e.getValue(), folders);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jekyll4j-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int first = i;
        int step = threads;
        parts.add(pool.submit(() -> {
          for (int j = first; j < entries.size(); j += step) {
            Map.Entry<String, Output> e = entries.get(j);
            write(root, e.getKey(), e.getValue(), folders);
          }
          return null;
        }));
      }
      for (Future<?> part : parts) await(part);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> part) throws IOException {
    try {
      part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IOException(cause);
    }
  }

  /** Writes (or removes, when {@code output} is null) one file in place, for rebuilds. */
  public void writeOne(String relative, Output output) throws IOException {
    if (output == null) {
      Files.deleteIfExists(inside(destination, relative));
    } else {
      write(destination, relative, output);
    }
  }

  private static void write(Path root, String relative, Output output) throws IOException {
    Path target = inside(root, relative);
    Files.createDirectories(target.getParent());
    writeFile(target, output);
  }

  private static void write(Path root, String relative, Output output, Map<Path, Boolean> folders)
      throws IOException {
    Path target = inside(root, relative);
    ensureFolder(target.getParent(), folders);
    writeFile(target, output);
  }

  private static void writeFile(Path target, Output output) throws IOException {
    if (output.bytes() != null) {
      Files.write(target, output.bytes());
    } else {
      Files.copy(output.copyOf(), target, StandardCopyOption.REPLACE_EXISTING);
      FileTime t = Files.getLastModifiedTime(output.copyOf());
      Files.setLastModifiedTime(target, t);
    }
  }

  /**
   * Creates {@code folder} and its missing parents with one mkdir each: on a busy disk a mkdir
   * costs half a millisecond, and {@link Files#createDirectories} tries the deepest folder first,
   * failing once for each missing parent. Threads may race to create a folder; both then see it.
   */
  private static void ensureFolder(Path folder, Map<Path, Boolean> folders) throws IOException {
    if (folder == null || folders.containsKey(folder)) return;
    ensureFolder(folder.getParent(), folders);
    try {
      Files.createDirectory(folder);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(folder)) throw e;
    }
    folders.put(folder, Boolean.TRUE);
  }

  /** The folders known to exist: {@code root} (just created), and so its parents. */
  private static Map<Path, Boolean> knownFolder(Path root) {
    Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    folders.put(root, Boolean.TRUE);
    return folders;
  }

  /** Resolves a relative output path, refusing any that leaves {@code root}. */
  static Path inside(Path root, String relative) {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new BuildException(
          SourceLocation.of(relative), "Refusing to write outside the destination: " + relative);
    }
    return target;
  }

  private void carryKeptFiles(Path staging) throws IOException {
    if (!Files.isDirectory(destination)) return;
    for (String keep : keepFiles) {
      Path src = destination.resolve(keep).normalize();
      if (!src.startsWith(destination) || !Files.exists(src, LinkOption.NOFOLLOW_LINKS)) continue;
      Path dst = staging.resolve(keep).normalize();
      copyTree(src, dst);
    }
  }

  private static void copyTree(Path src, Path dst) throws IOException {
    if (!Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(dst.getParent());
      Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      return;
    }
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path t = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(t);
        } else if (!Files.exists(t)) {
          Files.createDirectories(t.getParent());
          Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  /** Deletes a folder tree (without following links); absent is fine. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}

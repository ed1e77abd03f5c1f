package io.jekyll4j.write;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes a whole site. Every output path is checked first (inside the destination, no NUL, no
 * file where another output needs a folder), so a refused output leaves the destination as it was.
 *
 * <p>A destination that does not exist yet (or is a link or a file) is written into a staging
 * folder beside it and swapped in: never half-written. An existing destination folder is updated
 * in place, as Jekyll and Hugo do: only missing folders are made, an output whose bytes are
 * already there is left alone (a copied static file when its size and modification time match),
 * then what the outputs no longer hold goes by Jekyll's {@code Cleaner} rules ({@code keep_files}
 * are kept). Either way the result is the same tree. An I/O failure in the middle of an in-place
 * write (a full disk, a file made read-only) is reported naming the path and may leave the
 * destination partly updated, as it does in Jekyll.
 */
public final class SiteWriter {
  private static final int WRITE_THREADS = 4;
  private static final ThreadLocal<byte[]> CHUNK = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
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

  /** Makes the destination hold exactly these outputs (relative path to content) and its kept files. */
  public void writeAll(Map<String, Output> outputs) {
    WritePlan plan = WritePlan.of(destination, outputs);
    if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
      writeInPlace(plan);
    } else {
      writeStaged(plan);
    }
  }

  private Path staging() {
    return destination.resolveSibling("." + destination.getFileName() + ".jekyll4j-staging");
  }

  private Path old() {
    return destination.resolveSibling("." + destination.getFileName() + ".jekyll4j-old");
  }

  /** Into a staging folder, then swapped in: for a destination that is not a folder yet. */
  private void writeStaged(WritePlan plan) {
    Path parent = destination.getParent();
    Path staging = staging();
    Path old = old();
    try {
      Files.createDirectories(parent);
      deleteTree(staging);
      deleteTree(old);
      Files.createDirectories(staging);
      writeUnder(staging, plan, List.of(), Map.of());
      carryKeptFiles(plan, staging);
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
      // a bug: the destination is left as it was and no staging folder stays beside it
      deleteQuietly(staging);
      throw e;
    }
  }

  /**
   * Updates an existing destination folder: one walk sorts what is there, the obsolete goes,
   * then the outputs are written (missing folders made, identical files left alone).
   */
  private void writeInPlace(WritePlan plan) {
    try {
      // leftovers of a staged write that was interrupted
      deleteTree(staging());
      deleteTree(old());
      DestinationScan scan = DestinationScan.of(destination, plan, new KeepRules(keepFiles), threads(plan));
      for (DestinationScan.Obsolete o : scan.obsolete) {
        if (o.folder()) {
          deleteTree(o.path());
        } else {
          Files.delete(o.path());
        }
      }
      writeUnder(destination, plan, scan.folders, scan.files);
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      String at = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() : destination.toString();
      throw new BuildException(SourceLocation.of(at),
          "Cannot write the site (the destination may be partly updated): " + describe(io), io);
    }
  }

  /**
   * Writes the plan's outputs under {@code root}, which holds {@code folders} and the regular
   * files {@code files} (relative paths) already: only missing folders are made.
   */
  private static void writeUnder(Path root, WritePlan plan, Collection<String> folders,
      Map<String, BasicFileAttributes> files) throws IOException {
    Map<Path, Boolean> known = new ConcurrentHashMap<>();
    known.put(root, Boolean.TRUE);
    for (String f : folders) known.put(root.resolve(f), Boolean.TRUE);
    writeInParallel(plan, (path, output) -> {
      Path target = root.resolve(path);
      ensureFolder(target.getParent(), known);
      update(target, output, files.get(path));
    });
  }

  /** Names the path and the reason (an AccessDeniedException's message is the path alone). */
  private static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String why = f.getReason() != null ? f.getReason() : e.getClass().getSimpleName().replace("Exception", "");
      return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + why;
    }
    return String.valueOf(e.getMessage());
  }

  /** Writes one output over what is at {@code target} now ({@code was}: its regular file, or null). */
  private static void update(Path target, Output output, BasicFileAttributes was) throws IOException {
    if (output.bytes() != null) {
      byte[] bytes = output.bytes();
      if (was != null && was.size() == bytes.length && sameBytes(target, bytes)) return;
      if (was != null && separate(target)) Files.delete(target);
      try {
        writeBytes(target, bytes);
      } catch (AccessDeniedException e) {
        if (was == null) throw e;
        // a read-only file: a fresh build would make it anew, and so does this
        Files.delete(target);
        writeBytes(target, bytes);
      }
    } else {
      BasicFileAttributes source = Files.readAttributes(output.copyOf(), BasicFileAttributes.class);
      FileTime t = source.lastModifiedTime();
      if (was != null && was.lastModifiedTime().equals(t) && was.size() == source.size()) return;
      // REPLACE_EXISTING unlinks the old file first: a link or a read-only file is replaced, not written through
      Files.copy(output.copyOf(), target, StandardCopyOption.REPLACE_EXISTING);
      Files.setLastModifiedTime(target, t);
    }
  }

  /** A file with other hard links: written as a new file, so the other names keep their bytes. */
  private static boolean separate(Path file) throws IOException {
    Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    return links instanceof Integer n && n > 1;
  }

  private static void writeBytes(Path target, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      out.write(bytes);
    }
  }

  /** Whether {@code file} holds exactly {@code bytes} (its size already matches). */
  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] chunk = CHUNK.get();
      int at = 0;
      while (at < bytes.length) {
        int n = in.read(chunk, 0, Math.min(chunk.length, bytes.length - at));
        if (n <= 0) return false;
        if (!Arrays.equals(chunk, 0, n, bytes, at, at + n)) return false;
        at += n;
      }
      return in.read() < 0;
    }
  }

  private static void deleteQuietly(Path tree) {
    try {
      deleteTree(tree);
    } catch (IOException | RuntimeException ignored) {
      // best effort
    }
  }

  /** A few threads for a big site, one for a small one. */
  private static int threads(WritePlan plan) {
    return Math.max(1, Math.min(WRITE_THREADS, plan.files.size() / 64));
  }

  private interface WriteStep {
    void write(String path, Output output) throws IOException;
  }

  /**
   * Writes the outputs on a few threads: a site is many small files, and the time goes to
   * system calls more than to bytes. Folders are created once each.
   */
  private static void writeInParallel(WritePlan plan, WriteStep step) throws IOException {
    List<Map.Entry<String, Output>> entries = List.copyOf(plan.files.entrySet());
    int threads = threads(plan);
    if (threads == 1) {
      for (Map.Entry<String, Output> e : entries) step.write(e.getKey(), e.getValue());
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
        int stride = threads;
        parts.add(pool.submit(() -> {
          for (int j = first; j < entries.size(); j += stride) {
            Map.Entry<String, Output> e = entries.get(j);
            step.write(e.getKey(), e.getValue());
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
    Path target = inside(destination, relative);
    if (output == null) {
      if (realFolder(target.getParent(), false)) Files.deleteIfExists(target);
      return;
    }
    realFolder(target.getParent(), true);
    BasicFileAttributes a = attributes(target);
    if (a != null && a.isDirectory()) {
      deleteTree(target);
    } else if (a != null && !a.isRegularFile()) {
      Files.delete(target); // a link: replaced, not written through
    }
    update(target, output, a != null && a.isRegularFile() ? a : null);
  }

  /**
   * Whether {@code folder} is reached from the destination through real folders only; with
   * {@code make}, missing folders are made and a file or link in the way is replaced by one, so
   * nothing is ever written through a link.
   */
  private boolean realFolder(Path folder, boolean make) throws IOException {
    if (!Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
      if (!make) return false;
      Files.createDirectories(destination);
    }
    Path at = destination;
    for (Path name : destination.relativize(folder)) {
      if (name.toString().isEmpty()) continue;
      at = at.resolve(name);
      BasicFileAttributes a = attributes(at);
      if (a != null && a.isDirectory()) continue;
      if (!make) return false;
      if (a != null) Files.delete(at);
      Files.createDirectory(at);
    }
    return true;
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
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

  /** Resolves a relative output path, refusing any that leaves {@code root}. */
  static Path inside(Path root, String relative) {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new BuildException(
          SourceLocation.of(relative), "Refusing to write outside the destination: " + relative);
    }
    return target;
  }

  /** Copies what {@code keep_files} keeps of the old destination, by the same rules as in place. */
  private void carryKeptFiles(WritePlan plan, Path staging) throws IOException {
    if (!Files.isDirectory(destination)) return;
    for (String kept : DestinationScan.of(destination, plan, new KeepRules(keepFiles), 1).kept) {
      copyTree(destination.resolve(kept), staging.resolve(kept));
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

package io.jekyll4j.write;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a whole site so that the destination is never half-written: everything goes to a
 * staging folder beside the destination, {@code keep_files} are carried over from the old
 * destination, and only then are the folders swapped. No output path may leave the destination.
 */
public final class SiteWriter {
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
      for (Map.Entry<String, Output> e : outputs.entrySet()) write(staging, e.getKey(), e.getValue());
      carryKeptFiles(staging);
      if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    } catch (IOException | UncheckedIOException e) {
      try {
        deleteTree(staging);
      } catch (IOException ignored) {
        // best effort
      }
      throw new BuildException(SourceLocation.of(destination.toString()), "Cannot write the site: " + e.getMessage(), e);
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
    if (output.bytes() != null) {
      Files.write(target, output.bytes());
    } else {
      Files.copy(output.copyOf(), target, StandardCopyOption.REPLACE_EXISTING);
      FileTime t = Files.getLastModifiedTime(output.copyOf());
      Files.setLastModifiedTime(target, t);
    }
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

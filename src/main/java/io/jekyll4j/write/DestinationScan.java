package io.jekyll4j.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * One walk of an existing destination against a {@link WritePlan}, sorting what is there by
 * Jekyll's {@code Cleaner} rules. Nothing is followed through a symbolic link: a link is an entry
 * like a file (removed unless kept), never a folder to descend into or write through.
 *
 * <ul>
 *   <li>an output's path holding a regular file: {@link #files} (compared or overwritten);
 *       holding anything else (a folder, a link): obsolete;
 *   <li>a folder the outputs need, holding a real folder: {@link #folders}, and walked;
 *       holding anything else (a file, a link): obsolete (Jekyll's {@code replaced_files});
 *   <li>a path a {@code keep_files} entry keeps: {@link #kept}, left as it is;
 *   <li>a folder leading to a kept entry: walked, and obsolete as a whole when it keeps nothing;
 *   <li>anything else: obsolete, removed with all it holds.
 * </ul>
 */
final class DestinationScan {
  private final WritePlan plan;
  private final KeepRules keep;
  /** Outputs whose path holds a regular file now, with its attributes. */
  final Map<String, BasicFileAttributes> files = new ConcurrentHashMap<>();
  /** Folders the outputs need that exist as real folders. */
  final Set<String> folders = ConcurrentHashMap.newKeySet();
  /** Kept entries (files, folders or links), outputs and their folders excepted. */
  final List<String> kept = Collections.synchronizedList(new ArrayList<>());
  /** What goes: each removed with all it holds (a link itself, never what it points to). */
  final List<Obsolete> obsolete = Collections.synchronizedList(new ArrayList<>());

  record Obsolete(Path path, boolean folder) {}

  private DestinationScan(WritePlan plan, KeepRules keep) {
    this.plan = plan;
    this.keep = keep;
  }

  /**
   * Walks {@code root}, which must be a folder (it may itself be reached through a link). The
   * folders the outputs need are walked on {@code threads} threads: a big site has tens of
   * thousands, and listing them is system calls more than computing.
   */
  static DestinationScan of(Path root, WritePlan plan, KeepRules keep, int threads) throws IOException {
    DestinationScan scan = new DestinationScan(plan, keep);
    if (threads <= 1) {
      scan.walk("", root, scan.obsolete, null);
      return scan;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> {
        try {
          scan.walk("", root, scan.obsolete, pool);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) throw u.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
    return scan;
  }

  /** Sorts the entries of one folder; true when something in it stays or is written. */
  private boolean walk(String relative, Path folder, List<Obsolete> out, ForkJoinPool pool) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      for (Path p : s) entries.add(p);
    }
    boolean holds = false;
    List<ForkJoinTask<?>> forks = new ArrayList<>();
    for (Path p : entries) {
      String name = p.getFileName().toString();
      String path = relative.isEmpty() ? name : relative + "/" + name;
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (plan.isFile(path)) {
        holds = true;
        if (a.isRegularFile()) {
          files.put(path, a);
        } else {
          out.add(new Obsolete(p, a.isDirectory()));
        }
      } else if (plan.isFolder(path)) {
        holds = true;
        if (a.isDirectory()) {
          folders.add(path);
          if (pool == null) {
            walk(path, p, out, null);
          } else {
            forks.add(ForkJoinTask.adapt(() -> {
              try {
                walk(path, p, out, pool);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }).fork());
          }
        } else {
          out.add(new Obsolete(p, false));
        }
      } else if (keep.kept(path)) {
        holds = true;
        kept.add(path);
      } else if (a.isDirectory() && keep.leadsToKept(path)) {
        List<Obsolete> inside = new ArrayList<>();
        if (walk(path, p, inside, null)) {
          holds = true;
          out.addAll(inside);
        } else {
          out.add(new Obsolete(p, true)); // it keeps nothing: removed as a whole
        }
      } else {
        out.add(new Obsolete(p, a.isDirectory()));
      }
    }
    for (ForkJoinTask<?> f : forks) f.join();
    return holds;
  }
}

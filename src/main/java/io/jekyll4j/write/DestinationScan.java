package io.jekyll4j.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  final Map<String, BasicFileAttributes> files = new HashMap<>();
  /** Folders the outputs need that exist as real folders. */
  final Set<String> folders = new HashSet<>();
  /** Kept entries (files, folders or links), outputs and their folders excepted. */
  final List<String> kept = new ArrayList<>();
  /** What goes: each removed with all it holds (a link itself, never what it points to). */
  final List<Obsolete> obsolete = new ArrayList<>();

  record Obsolete(Path path, boolean folder) {}

  private DestinationScan(WritePlan plan, KeepRules keep) {
    this.plan = plan;
    this.keep = keep;
  }

  /** Walks {@code root}, which must be a folder (it may itself be reached through a link). */
  static DestinationScan of(Path root, WritePlan plan, KeepRules keep) throws IOException {
    DestinationScan scan = new DestinationScan(plan, keep);
    scan.walk("", root, scan.obsolete);
    return scan;
  }

  /** Sorts the entries of one folder; true when something in it stays or is written. */
  private boolean walk(String relative, Path folder, List<Obsolete> out) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      for (Path p : s) entries.add(p);
    }
    boolean holds = false;
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
          walk(path, p, out);
        } else {
          out.add(new Obsolete(p, false));
        }
      } else if (keep.kept(path)) {
        holds = true;
        kept.add(path);
      } else if (a.isDirectory() && keep.leadsToKept(path)) {
        List<Obsolete> inside = new ArrayList<>();
        if (walk(path, p, inside)) {
          holds = true;
          out.addAll(inside);
        } else {
          out.add(new Obsolete(p, true)); // it keeps nothing: removed as a whole
        }
      } else {
        out.add(new Obsolete(p, a.isDirectory()));
      }
    }
    return holds;
  }
}

package io.jekyll4j.write;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Jekyll's {@code keep_files} rules (its {@code Cleaner}): an existing path of the destination
 * is kept when its path relative to the destination starts with one of the entries (a plain
 * prefix, so {@code .git} also keeps {@code .github}); the folders that lead to an entry are not
 * removed for their own sake, but what they hold is judged path by path.
 */
final class KeepRules {
  private final List<String> prefixes;
  private final Set<String> leadingFolders = new HashSet<>();

  KeepRules(List<String> keepFiles) {
    this.prefixes = List.copyOf(keepFiles);
    for (String keep : prefixes) {
      // Jekyll: parent_dirs(in_dest_dir(keep)), the entry expanded as a path below the destination
      Path p;
      try {
        p = Path.of("/").resolve(keep).normalize();
      } catch (InvalidPathException e) {
        continue;
      }
      for (Path parent = p.getParent(); parent != null && parent.getNameCount() > 0; parent = parent.getParent()) {
        leadingFolders.add(parent.toString().substring(1));
      }
    }
  }

  /** Whether this existing path (relative, {@code /} between names) is kept as it is. */
  boolean kept(String path) {
    for (String prefix : prefixes) {
      if (path.startsWith(prefix)) return true;
    }
    return false;
  }

  /** Whether this folder leads to a kept entry (its content is then judged one by one). */
  boolean leadsToKept(String path) {
    return leadingFolders.contains(path);
  }
}

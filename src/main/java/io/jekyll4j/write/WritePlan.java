package io.jekyll4j.write;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A whole site's outputs, checked before the first byte is written: every path stays inside the
 * destination, holds no NUL, and no output is a file where another output needs a folder. Paths
 * are normalized and relative to the destination, with {@code /} between names.
 */
final class WritePlan {
  /** Output path to its content, in the order given (a later duplicate after normalizing wins). */
  final Map<String, SiteWriter.Output> files;
  /** Every folder an output sits in (its parents up to the destination, which is not listed). */
  final Set<String> folders;

  private WritePlan(Map<String, SiteWriter.Output> files, Set<String> folders) {
    this.files = files;
    this.folders = folders;
  }

  static WritePlan of(Path root, Map<String, SiteWriter.Output> outputs) {
    Map<String, SiteWriter.Output> files = new LinkedHashMap<>();
    for (Map.Entry<String, SiteWriter.Output> e : outputs.entrySet()) {
      files.put(relative(root, e.getKey()), e.getValue());
    }
    // folder -> one output inside it, to name both sides of a clash
    Map<String, String> folders = new HashMap<>();
    for (String path : files.keySet()) {
      int slash = path.lastIndexOf('/');
      while (slash > 0) {
        String folder = path.substring(0, slash);
        if (folders.putIfAbsent(folder, path) != null) break;
        slash = folder.lastIndexOf('/');
      }
    }
    for (String path : files.keySet()) {
      String inside = folders.get(path);
      if (inside != null) {
        throw new BuildException(SourceLocation.of(path), "Cannot write " + path
            + ": it is an output file, and " + inside + " needs it to be a folder (check their permalinks)");
      }
    }
    return new WritePlan(files, folders.keySet());
  }

  boolean isFile(String path) {
    return files.containsKey(path);
  }

  boolean isFolder(String path) {
    return folders.contains(path);
  }

  /** The normalized path of an output relative to {@code root}, refusing any that leaves it. */
  static String relative(Path root, String relative) {
    if (relative.indexOf('\0') >= 0) {
      throw new BuildException(SourceLocation.of(relative.replace('\0', '?')),
          "Refusing to write an output whose path holds a NUL character: " + relative.replace('\0', '?'));
    }
    if (plain(relative)) return relative;
    Path target;
    try {
      target = SiteWriter.inside(root, relative);
    } catch (InvalidPathException e) {
      throw new BuildException(SourceLocation.of(relative), "Cannot write " + relative + ": " + e.getMessage());
    }
    String path = root.relativize(target).toString();
    String separator = root.getFileSystem().getSeparator();
    return separator.equals("/") ? path : path.replace(separator, "/");
  }

  /** A path already normalized and relative: names joined by single slashes, none "." or "..". */
  private static boolean plain(String path) {
    int start = 0;
    int n = path.length();
    if (n == 0 || path.indexOf('\\') >= 0) return false;
    for (int i = 0; i <= n; i++) {
      if (i == n || path.charAt(i) == '/') {
        int len = i - start;
        if (len == 0) return false;
        if (path.charAt(start) == '.' && (len == 1 || (len == 2 && path.charAt(start + 1) == '.'))) return false;
        start = i + 1;
      }
    }
    return true;
  }
}

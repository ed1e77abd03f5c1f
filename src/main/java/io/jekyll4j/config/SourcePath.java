package io.jekyll4j.config;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Jekyll's {@code Site#in_source_dir} ({@code PathManager.sanitized_path}) for folder settings
 * such as {@code layouts_dir}, {@code includes_dir} and {@code data_dir}: the value is expanded
 * against {@code /} (so {@code ./x}, {@code /x} and {@code ../x} all name {@code x}), kept when it
 * already is an absolute path inside the source, and otherwise joined to the source. Never a
 * folder outside the source.
 */
public final class SourcePath {
  private SourcePath() {}

  /** The folder a setting names, relative to {@code source} ({@code ""} for the source itself). */
  public static String relative(Path source, String configured) {
    if (configured == null) return "";
    String v = configured.startsWith("~") ? "/" + configured : configured;
    String expanded = expand(v);
    String root = source.toAbsolutePath().normalize().toString();
    if (expanded.equals(root)) return "";
    if (expanded.startsWith(root.endsWith("/") ? root : root + "/")) {
      return expanded.substring(root.length()).replaceAll("^/+", "");
    }
    return expanded.replaceAll("^/+", "");
  }

  /** Ruby's {@code File.expand_path(path, "/")}: {@code .} and {@code ..} resolved, never above {@code /}. */
  static String expand(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/+")) {
      if (p.isEmpty() || p.equals(".")) continue;
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return "/" + String.join("/", parts);
  }
}

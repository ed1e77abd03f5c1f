package io.jekyll4j.source;

import io.jekyll4j.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code EntryFilter}: which directory entries are read. Hidden ({@code .}), special
 * ({@code _}, {@code #}, {@code ~}) and backup ({@code ~}) entries are skipped unless listed in
 * {@code include}; {@code exclude} entries (globs or prefixes, relative to the source) are skipped
 * unless included. Symbolic links pointing outside the source are always skipped.
 */
public final class EntryFilter {
  private final Path source;
  private final List<Glob> include;
  private final List<Glob> exclude;
  private final List<Glob> rawInclude;
  private final java.util.Set<String> outsideLinks = new java.util.concurrent.ConcurrentSkipListSet<>();

  /**
   * A pattern from include/exclude, joined to the source and compiled once; {@code regex} is null
   * for a pattern without wildcards (it matches only the path it names, which the prefix test
   * already accepts) or one that cannot be compiled.
   */
  /**
   * A pattern joined to the source as Jekyll joins it ({@code withSource}), its regex when it has
   * wildcards, and for a pattern without them, the part after the source's own prefix
   * ({@code rel}): an entry joined to the source starts with {@code withSource} exactly when the
   * entry (without a leading {@code /}) starts with {@code rel}, which is tested without joining.
   */
  private record Glob(String withSource, Pattern regex, String rel) {}

  public EntryFilter(Path source, SiteConfig config) {
    this.source = source.toAbsolutePath().normalize();
    List<String> inc = config.list("include");
    List<String> exc = config.list("exclude");
    List<String> in = new ArrayList<>(inc);
    in.removeAll(exc);
    List<String> ex = new ArrayList<>(exc);
    ex.removeAll(inc);
    this.include = globs(in);
    this.exclude = globs(ex);
    this.rawInclude = globs(inc);
  }

  private List<Glob> globs(List<String> patterns) {
    List<Glob> out = new ArrayList<>();
    String prefix = rubyJoin(source.toString(), "");
    for (String p : patterns) {
      String withSource = rubyJoin(source.toString(), p);
      boolean literal = withSource.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\');
      String rel = literal && withSource.startsWith(prefix) ? withSource.substring(prefix.length()) : null;
      out.add(new Glob(withSource, literal ? null : fnmatchRegex(withSource), rel));
    }
    return out;
  }

  /**
   * Whether {@code relativePath} ({@code /}-separated, from the source) should be read; {@code
   * name} is its last segment.
   */
  public boolean accept(String relativePath, Path file) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    if (name.endsWith(".")) return false;
    boolean included = globInclude(include, name, file) || globInclude(rawInclude, name, file);
    if (excluded(relativePath, file) && !included) return false;
    if (Files.isSymbolicLink(file) && !insideSource(file)) {
      outsideLinks.add(relativePath);
      return false;
    }
    if (included) return true;
    return !(special(name) || name.endsWith("~"));
  }

  /**
   * The symbolic links skipped so far because they point outside the source (or nowhere),
   * sorted. Jekyll follows such links outside safe mode; jekyll4j never reads a file outside
   * the source through a link, and the reader says so once per build.
   */
  public java.util.List<String> outsideLinks() {
    return List.copyOf(outsideLinks);
  }

  /**
   * Jekyll's {@code EntryFilter#filter} for one entry of a recursive listing (a collection's or a
   * {@code _posts} folder's): {@code entry} is the path below that folder and {@code baseDirectory}
   * the folder's path from the source. The whole entry is judged, as Jekyll does: it is special
   * when it or its last segment starts with {@code . _ # ~} (a {@code _} folder deeper inside is
   * read); {@code exclude} sees the entry joined to the folder, {@code include} the entry and its
   * last segment.
   */
  public boolean acceptEntry(String entry, String baseDirectory, Path file) {
    return acceptEntry(entry, baseDirectory, file, Files.isSymbolicLink(file));
  }

  /** {@link #acceptEntry(String, String, Path)} for a file known to be a symbolic link or not. */
  public boolean acceptEntry(String entry, String baseDirectory, Path file, boolean link) {
    if (entry.endsWith(".")) return false;
    String name = entry.substring(entry.lastIndexOf('/') + 1);
    boolean included = globInclude(rawInclude, entry, file) || globInclude(rawInclude, name, file);
    if (globInclude(exclude, rubyJoin(baseDirectory, entry), file) && !included) return false;
    if (link && !insideSource(file)) {
      outsideLinks.add(rubyJoin(baseDirectory, entry).replaceFirst("^/", ""));
      return false;
    }
    if (included) return true;
    return !(special(entry) || special(name) || entry.endsWith("~"));
  }

  /**
   * Ruby's {@code File.join} of two parts: one separator between them, a doubled one at the
   * seam collapsed once ({@code "/src" + "/b"} is {@code /src/b}, {@code "/src" + "./b"} stays
   * {@code /src/./b}).
   */
  static String rubyJoin(String base, String item) {
    if (base.isEmpty()) return item.startsWith("/") ? item : "/" + item;
    if (item.isEmpty()) return base.endsWith("/") ? base : base + "/";
    boolean a = base.endsWith("/");
    boolean b = item.startsWith("/");
    if (a && b) return base + item.substring(1);
    if (a || b) return base + item;
    return base + "/" + item;
  }

  /** Whether a source-relative path is excluded by {@code exclude}. */
  public boolean excluded(String relativePath, Path file) {
    return globInclude(exclude, relativePath, file);
  }

  private static boolean special(String name) {
    return !name.isEmpty() && ".#_~".indexOf(name.charAt(0)) >= 0;
  }

  /**
   * Whether {@code file} is a symbolic link pointing outside the source (or nowhere); such a link
   * is recorded for the build's one warning, and the caller skips it (data files, which Jekyll
   * reads without the entry filter).
   */
  public boolean outsideLink(Path file, String relativePath) {
    if (!Files.isSymbolicLink(file) || insideSource(file)) return false;
    outsideLinks.add(relativePath);
    return true;
  }

  private boolean insideSource(Path file) {
    try {
      return file.toRealPath().startsWith(source.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private boolean globInclude(List<Glob> patterns, String entry, Path file) {
    if (patterns.isEmpty()) return false;
    // rubyJoin(source, entry) is the source's prefix (source + "/") followed by this
    String entryRel = entry.startsWith("/") ? entry.substring(1) : entry;
    String entryWithSource = null;
    for (Glob g : patterns) {
      String rel = g.rel();
      if (rel != null) {
        if (entryRel.startsWith(rel)) return true;
        if (rel.length() == entryRel.length() + 1 && rel.endsWith("/") && rel.startsWith(entryRel)
            && Files.isDirectory(file)) {
          return true;
        }
        continue;
      }
      if (entryWithSource == null) entryWithSource = rubyJoin(source.toString(), entry);
      String p = g.withSource();
      if (entryWithSource.startsWith(p)) return true;
      if (g.regex() != null && g.regex().matcher(entryWithSource).matches()) return true;
      if (p.equals(entryWithSource + "/") && Files.isDirectory(file)) return true;
    }
    return false;
  }

  /**
   * Ruby's {@code File.fnmatch?} without flags as a regex ({@code *} and {@code ?} also match
   * {@code /}); null when the pattern cannot be compiled.
   */
  private static Pattern fnmatchRegex(String pattern) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        case '[' -> {
          int close = pattern.indexOf(']', i + 1);
          if (close < 0) {
            re.append("\\[");
          } else {
            String cls = pattern.substring(i + 1, close);
            if (cls.startsWith("!")) cls = "^" + cls.substring(1);
            re.append('[').append(cls.replace("\\", "\\\\")).append(']');
            i = close;
          }
        }
        case '\\' -> {
          if (i + 1 < pattern.length()) re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return Pattern.compile(re.toString(), Pattern.DOTALL);
    } catch (RuntimeException e) {
      return null;
    }
  }
}

package io.jekyll4j.build;

import io.jekyll4j.liquid.IncludeSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Backs the include tags with the site's files: {@code _includes/NAME} (else the gem-based
 * theme's {@code _includes/NAME}), or a file relative to a page for include_relative. Never resolves outside the allowed folder (no {@code ..}, no links
 * out). Reads are cached for the build.
 */
final class IncludeFiles implements IncludeSource {
  private final Path source;
  private final Path includes;
  private final String includesDir;
  private final Optional<Path> themeIncludes;
  private final Map<String, Optional<Found>> cache = new ConcurrentHashMap<>();
  private final java.util.Set<String> read = ConcurrentHashMap.newKeySet();

  IncludeFiles(Path source, String includesDir) {
    this(source, includesDir, Optional.empty());
  }

  /** Include files of the site, then of the theme's includes folder {@code themeIncludes}. */
  IncludeFiles(Path source, String includesDir, Optional<Path> themeIncludes) {
    this.themeIncludes = themeIncludes;
    this.source = source.toAbsolutePath().normalize();
    this.includesDir = includesDir;
    this.includes = this.source.resolve(includesDir).normalize();
  }

  /** Every file an include tag read in this build (rebuilds fall back to full when one changes). */
  java.util.Set<String> filesRead() {
    return java.util.Set.copyOf(read);
  }

  @Override
  public Optional<Found> include(String name) {
    Optional<Found> known = byName.get(name);
    if (known != null) return known;
    // Jekyll joins the name to the folder, so a leading slash is harmless
    int start = 0;
    while (start < name.length() && name.charAt(start) == '/') start++;
    String relative = name.substring(start);
    Optional<Found> found = cache.computeIfAbsent("i:" + relative, k -> read(includes, relative, includesDir)
        .or(() -> themeIncludes.flatMap(dir -> readTheme(dir, relative))));
    byName.put(name, found);
    return found;
  }

  /** {@link #include} by the name as the tag gave it (every page asks for the same few). */
  private final Map<String, Optional<Found>> byName = new ConcurrentHashMap<>();

  @Override
  public Optional<Found> relative(String dir, String name) {
    Path base = dir.isEmpty() ? source : source.resolve(dir).normalize();
    return cache.computeIfAbsent("r:" + dir + ":" + name, k -> read(base, name, dir));
  }

  /** A theme's include, named by its full path (it is no file of the site), as Jekyll names it. */
  private Optional<Found> readTheme(Path dir, String name) {
    Path file = dir.resolve(name).normalize();
    if (!file.startsWith(dir) || !Files.isRegularFile(file)) return Optional.empty();
    try {
      if (!file.toRealPath().startsWith(dir.toRealPath())) return Optional.empty();
      return Optional.of(new Found(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Optional<Found> read(Path base, String name, String displayDir) {
    Path file = base.resolve(name).normalize();
    if (!file.startsWith(base) || !Files.isRegularFile(file)) return Optional.empty();
    try {
      if (!file.toRealPath().startsWith(source.toRealPath())) return Optional.empty();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String rel = source.relativize(file).toString().replace('\\', '/');
      read.add(rel);
      return Optional.of(new Found(rel, text));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

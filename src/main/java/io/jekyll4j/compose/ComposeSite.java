package io.jekyll4j.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site a compose command works on: its folder, settings and clock, and the existing pages,
 * posts and drafts whose front matter shows how new ones should look.
 */
public final class ComposeSite {
  /** Jekyll's post file name: a date, a slug and an extension. */
  static final Pattern DATED_NAME =
      Pattern.compile("^(\\d{2,4}-\\d{1,2}-\\d{1,2})-(.*)(\\.[^.]+)$");

  private static final Set<String> PAGE_EXTENSIONS =
      Set.of("md", "markdown", "mkd", "mkdn", "mdown", "html", "htm");
  private static final Set<String> SKIPPED_NAMES =
      Set.of("node_modules", "vendor", "gemfiles", "Gemfile", "Gemfile.lock");
  private static final int RECENT_POSTS = 20;

  private final Path source;
  private final ComposeSettings settings;
  private final Clock clock;

  public ComposeSite(Path source, ComposeSettings settings, Clock clock) {
    this.source = source.toAbsolutePath().normalize();
    this.settings = settings;
    this.clock = clock;
  }

  Path source() {
    return source;
  }

  ComposeSettings settings() {
    return settings;
  }

  /** The folder holding {@code _posts} and {@code _drafts} ({@code collections_dir}). */
  Path collections() {
    return source.resolve(settings.collectionsDir()).normalize();
  }

  /** The current time in the site's {@code timezone}, else the clock's. */
  ZonedDateTime now() {
    return ZonedDateTime.now(clock).withZoneSameInstant(zone());
  }

  ZoneId zone() {
    try {
      return settings.timezone().map(ZoneId::of).orElse(clock.getZone());
    } catch (DateTimeException e) {
      throw new ComposeException(
          "_config.yml: unknown timezone '" + settings.timezone().orElse("") + "'");
    }
  }

  /** {@code file} relative to the source folder, with {@code /} separators. */
  String relative(Path file) {
    return source.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Pages: files with front matter outside underscore, hidden and excluded folders. */
  List<SiteFile> pages() {
    List<PathMatcher> excluded =
        settings.exclude().stream()
            .map(e -> FileSystems.getDefault().getPathMatcher("glob:" + e.replaceAll("/+$", "")))
            .toList();
    Path collections = collections();
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              boolean skip =
                  !d.equals(source)
                      && (hiddenOrSkipped(source.relativize(d), excluded)
                          || (!collections.equals(source) && d.equals(collections)));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && PAGE_EXTENSIONS.contains(extension(f))
                  && !hiddenOrSkipped(source.relativize(f), excluded)) {
                found.add(f);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found.stream().sorted().map(this::read).flatMap(Optional::stream).toList();
  }

  /** The most recent posts, newest first. */
  List<SiteFile> posts() {
    return documents("_posts")
        .filter(p -> DATED_NAME.matcher(p.getFileName().toString()).matches())
        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
        .map(this::read)
        .flatMap(Optional::stream)
        .limit(RECENT_POSTS)
        .toList();
  }

  List<SiteFile> drafts() {
    return documents("_drafts").sorted().map(this::read).flatMap(Optional::stream).toList();
  }

  private Stream<Path> documents(String folder) {
    Path dir = collections().resolve(folder);
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean hiddenOrSkipped(Path relative, List<PathMatcher> excluded) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith("_") || name.startsWith(".") || name.startsWith("#")
          || name.endsWith("~") || SKIPPED_NAMES.contains(name)) {
        return true;
      }
    }
    for (int i = 1; i <= relative.getNameCount(); i++) {
      Path prefix = relative.subpath(0, i);
      if (excluded.stream().anyMatch(m -> m.matches(prefix))) {
        return true;
      }
    }
    return false;
  }

  /** A file with front matter; files without it, or with broken YAML, teach nothing. */
  private Optional<SiteFile> read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return FrontMatterDocument.parse(relative(file), text)
          .map(doc -> new SiteFile(relative(file), doc));
    } catch (IOException | ComposeException e) {
      return Optional.empty();
    }
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1);
  }

  /** An existing file of the site and its front matter. */
  record SiteFile(String path, FrontMatterDocument document) {
    /** The folder part of {@link #path}, empty for the source folder. */
    String folder() {
      int slash = path.lastIndexOf('/');
      return slash < 0 ? "" : path.substring(0, slash);
    }

    String baseName() {
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.lastIndexOf('.');
      return dot <= 0 ? name : name.substring(0, dot);
    }

    String extension() {
      return ComposeSite.extension(Path.of(path));
    }
  }
}

package io.jekyll4j.source;

import io.jekyll4j.config.FrontMatterDefaults;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.config.Yaml;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.LazyBody;
import io.jekyll4j.content.Layout;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a site source into a {@link Site}, following Jekyll's {@code Reader}: layouts, then the
 * directory tree (pages with front matter, static files without, {@code _posts}/{@code _drafts}
 * in every folder), then data and the other collections. Pages are sorted by name and static
 * files by path, as Jekyll sorts them.
 */
public final class SiteReader {
  private final Path source;
  private final SiteConfig config;
  private final EntryFilter filter;
  private final FrontMatterDefaults defaults;
  private final Diagnostics diagnostics;
  private final ReadOptions options;
  private final ZonedDateTime time;
  private final java.util.Optional<Theme> theme;
  private final Path destination;
  /** Where documents' front matter is taken from and kept (see {@link #withFrontMatterCache}). */
  private FrontMatterCache frontMatter = FrontMatterCache.none();

  /** Which optional content is read ({@code --drafts}, {@code --future}, {@code --unpublished}). */
  public record ReadOptions(boolean drafts, boolean future, boolean unpublished) {}

  public SiteReader(
      Path source, SiteConfig config, ReadOptions options, ZonedDateTime time, Diagnostics diagnostics) {
    this(source, config, options, time, diagnostics, java.util.Optional.empty());
  }

  /** A reader that also takes layouts, assets and data from a gem-based theme (the site's files win). */
  public SiteReader(Path source, SiteConfig config, ReadOptions options, ZonedDateTime time,
      Diagnostics diagnostics, java.util.Optional<Theme> theme) {
    this.theme = theme;
    this.source = source.toAbsolutePath().normalize();
    this.config = config;
    this.filter = new EntryFilter(this.source, config);
    this.defaults = new FrontMatterDefaults(config);
    this.diagnostics = diagnostics;
    this.options = options;
    this.time = time;
    this.destination = this.source.resolve(config.string("destination", "_site")).toAbsolutePath().normalize();
  }

  /**
   * Takes the front matter of documents whose files are unchanged from {@code cache}, and keeps
   * there what a full {@link #read()} parses (the caller saves it).
   */
  public SiteReader withFrontMatterCache(FrontMatterCache cache) {
    this.frontMatter = cache;
    return this;
  }

  public Site read() {
    Map<String, Layout> layouts = readLayouts();
    List<Page> pages = new ArrayList<>();
    List<StaticFile> statics = new ArrayList<>();
    frontMatter.startRead();
    DocumentReader docs = new DocumentReader(source, config, filter, defaults, diagnostics, options, time)
        .withFrontMatterCache(frontMatter);
    List<Document> posts = new ArrayList<>();
    // the tree is walked in Jekyll's order, its files read on all cores, the results added in that order
    ReadBatch batch = new ReadBatch();
    try {
      readDirectory("", pages, statics, posts, docs, batch);
    } catch (RuntimeException e) {
      // what was found before it is read and reported first, as a sequential read would
      batch.then(() -> {
        throw e;
      });
    }
    batch.run(diagnostics);
    pages.sort(Comparator.comparing(Page::name).thenComparing(Page::relativePath));
    statics.sort(Comparator.comparing(StaticFile::jekyllPath));
    Map<String, List<Document>> collections = new LinkedHashMap<>();
    collections.put("posts", docs.sortedPosts(posts));
    docs.readCollections(collections, statics);
    theme.ifPresent(t -> new ThemeAssets(t, diagnostics).read(pages, statics, this::themePage));
    Map<String, Object> data =
        new DataReader(source, config, filter)
            .read(io.jekyll4j.config.SourcePath.relative(source, config.string("data_dir", "_data")));
    if (theme.isPresent() && theme.get().dataPath().isPresent()) {
      Path root = theme.get().root();
      Map<String, Object> merged = new DataReader(root, config, new EntryFilter(root, config))
          .read(root.relativize(theme.get().dataPath().get()).toString());
      io.jekyll4j.config.ConfigLoader.deepMerge(merged, data);
      data = merged;
    }
    List<String> links = filter.outsideLinks();
    if (!links.isEmpty()) {
      diagnostics.warn("Symlinks: skipped " + links.size() + " symbolic link" + (links.size() == 1 ? "" : "s")
          + " pointing outside the source or nowhere (" + String.join(", ", links.subList(0, Math.min(3, links.size())))
          + (links.size() > 3 ? ", ..." : "") + "); jekyll4j never reads through a link out of the site"
          + " (Jekyll copies them unless safe: true)");
    }
    return new Site(config, time, List.copyOf(pages), collections, List.copyOf(statics), layouts, data);
  }

  /**
   * The previous site with these pages and documents read again from their files, for a rebuild
   * after edits; everything else is taken over as it was. Empty when that is not possible file by
   * file (a path that is not a known page or document, or one that is no longer published),
   * meaning: read the whole site.
   */
  public java.util.Optional<Site> reread(Site previous, java.util.Set<String> paths) {
    DocumentReader docs = new DocumentReader(source, config, filter, defaults, diagnostics, options, time);
    Map<String, Convertible> fresh = new java.util.HashMap<>();
    for (Convertible old : previous.convertibles()) {
      if (!paths.contains(old.relativePath())) continue;
      java.util.Optional<? extends Convertible> again = old instanceof Document d
          ? docs.reread(d)
          : readPage(old.relativePath(), source.resolve(old.relativePath()));
      if (again.isEmpty()) return java.util.Optional.empty();
      fresh.put(old.relativePath(), again.get());
    }
    if (fresh.size() != paths.size()) return java.util.Optional.empty();
    List<Page> pages = previous.pages().stream()
        .map(p -> (Page) fresh.getOrDefault(p.relativePath(), p)).toList();
    Map<String, List<Document>> collections = new LinkedHashMap<>();
    previous.collections().forEach((label, list) -> collections.put(label,
        list.stream().map(d -> (Document) fresh.getOrDefault(d.relativePath(), d)).toList()));
    return java.util.Optional.of(new Site(config, time, pages, collections,
        previous.staticFiles(), previous.layouts(), previous.data()));
  }

  private void readDirectory(String dir, List<Page> pages, List<StaticFile> statics, List<Document> posts,
      DocumentReader docs, ReadBatch batch) {
    Path base = dir.isEmpty() ? source : source.resolve(dir);
    if (!Files.isDirectory(base)) return;
    if (isDestination(base)) return;
    docs.readPostsIn(dir, posts, batch);
    List<Path> entries;
    try (Stream<Path> s = Files.list(base)) {
      entries = s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path entry : entries) {
      String rel = dir.isEmpty() ? entry.getFileName().toString() : dir + "/" + entry.getFileName();
      if (!filter.accept(rel, entry)) continue;
      if (Files.isDirectory(entry)) {
        readDirectory(rel, pages, statics, posts, docs, batch);
      } else {
        batch.add(reported -> readFile(rel, entry, pages, statics, reported));
      }
    }
  }

  /** Reads a file of the tree as a page or a static file; gives the step that adds it. */
  private Runnable readFile(String rel, Path entry, List<Page> pages, List<StaticFile> statics, Diagnostics reported) {
    if (hasFrontMatter(entry)) {
      try {
        java.util.Optional<Page> page = readPage(rel, entry, reported);
        return page.isEmpty() ? ReadBatch.nothing() : () -> pages.add(page.get());
      } catch (InvalidUtf8 e) {
        reported.warn(e.pageWarning());
      }
    }
    StaticFile file = StaticFile.ofSite(rel, entry, modified(entry));
    return () -> statics.add(file);
  }

  private boolean isDestination(Path dir) {
    return dir.toAbsolutePath().normalize().equals(destination);
  }

  /** A theme asset with front matter: always read (Jekyll does not filter them by {@code published}). */
  private Page themePage(String rel, Path file) {
    return page(rel, ParsedFile.read(file, file.toString(), diagnostics));
  }

  private java.util.Optional<Page> readPage(String rel, Path file) {
    return readPage(rel, file, diagnostics);
  }

  private java.util.Optional<Page> readPage(String rel, Path file, Diagnostics reported) {
    Page page = page(rel, ParsedFile.read(file, rel, reported));
    if (!options.unpublished() && Boolean.FALSE.equals(page.data().get("published"))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(page);
  }

  /** A page of this file: the front-matter defaults for pages at {@code rel}, its own front matter over them. */
  private Page page(String rel, ParsedFile parsed) {
    parsed.requireMapping(rel);
    Map<String, Object> data = new LinkedHashMap<>(defaults.all(rel, "pages"));
    io.jekyll4j.config.ConfigLoader.mergeOwnFrontMatter(data, parsed.data());
    return new Page(rel, data, parsed.body(), parsed.bodyLine());
  }

  private Map<String, Layout> readLayouts() {
    String layoutsDir = io.jekyll4j.config.SourcePath.relative(source, config.string("layouts_dir", "_layouts"));
    Map<String, Layout> out = new LinkedHashMap<>();
    readLayouts(source.resolve(layoutsDir), layoutsDir + "/", out);
    // the theme's layouts fill in the names the site does not have; they are named by their file
    theme.flatMap(Theme::layoutsPath).ifPresent(dir -> readLayouts(dir, dir + "/", out));
    return out;
  }

  private void readLayouts(Path dir, String prefix, Map<String, Layout> out) {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        String inDir = dir.relativize(f).toString().replace('\\', '/');
        String name = inDir.contains(".") ? inDir.substring(0, inDir.lastIndexOf('.')) : inDir;
        String rel = prefix + inDir;
        // a link out of the site is never read through (one warning per build)
        if (f.startsWith(source) && filter.outsideLink(f, rel)) continue;
        ParsedFile parsed = ParsedFile.read(f, rel, diagnostics);
        parsed.requireMapping(rel);
        out.putIfAbsent(name, new Layout(name, rel, parsed.data(), parsed.body(), parsed.bodyLine()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jekyll's {@code has_yaml_header?}: the first line is {@code ---} (one read of its start). */
  static boolean hasFrontMatter(Path file) {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(256);
      String s = new String(head, StandardCharsets.UTF_8);
      if (!s.startsWith("---")) return false;
      int nl = s.indexOf('\n');
      return FrontMatterSplitter.hasHeader(nl < 0 ? s : s.substring(0, nl + 1));
    } catch (IOException e) {
      return false;
    }
  }

  static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * A file with front matter that is not valid UTF-8 (an image that happens to start with {@code
   * ---}): Jekyll's {@code read_yaml} fails on it with Ruby's "invalid byte sequence in UTF-8",
   * reports it and goes on. What it then writes is the file's bytes, so jekyll4j copies the file
   * as a static file; posts are skipped ({@code PostReader#processable?}).
   */
  static final class InvalidUtf8 extends BuildException {
    final Path file;

    InvalidUtf8(String rel, Path file, Throwable cause) {
      super(new SourceLocation(rel, io.jekyll4j.diag.SourceLines.firstInvalidUtf8(file)), "Invalid UTF-8 in " + rel, cause);
      this.file = file;
    }

    /** Convertible#read_yaml's warning for a page or layout. */
    String pageWarning() {
      return "Error reading file " + file.toAbsolutePath().normalize() + ": invalid byte sequence in UTF-8";
    }

    /** Document#handle_read_error's message for a document. */
    String documentWarning() {
      return "Error: could not read file " + file.toAbsolutePath().normalize() + ": invalid byte sequence in UTF-8";
    }
  }

  /** A file's front matter and body; front-matter YAML errors are warnings, as in Jekyll. */
  record ParsedFile(Map<String, Object> data, String body, int bodyLine, String notAMapping, LazyBody lazyBody) {
    ParsedFile(Map<String, Object> data, String body, int bodyLine) {
      this(data, body, bodyLine, null, null);
    }

    ParsedFile(Map<String, Object> data, String body, int bodyLine, String notAMapping) {
      this(data, body, bodyLine, notAMapping, null);
    }

    /**
     * The body of a file read again for a document whose front matter came from the {@link
     * FrontMatterCache}: the text after its front matter, or all of it when it has none.
     */
    static String bodyOf(Path file, String rel) {
      String text = text(file, rel);
      return FrontMatterSplitter.split(text).map(FrontMatterSplitter.Split::body).orElse(text);
    }

    /**
     * Jekyll's {@code validate_data!}: front matter that is YAML but not a mapping (a list, a
     * string, a number) stops the build for a page or a layout with "Invalid YAML front matter";
     * a document's read fails with an error and the build goes on without its front matter.
     */
    void requireMapping(String rel) {
      if (notAMapping != null) {
        throw new BuildException(new SourceLocation(rel, 2),
            "Invalid YAML front matter in " + rel + ": it is " + notAMapping + ", not a mapping of keys to values");
      }
    }


    /** A file's text as UTF-8, without a leading byte-order mark. */
    private static String text(Path file, String rel) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (java.nio.charset.MalformedInputException e) {
        throw new InvalidUtf8(rel, file, e);
      } catch (IOException e) {
        throw new BuildException(SourceLocation.of(rel), "Cannot read " + rel, e);
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static ParsedFile read(Path file, String rel, Diagnostics diagnostics) {
      String text = text(file, rel);
      var split = FrontMatterSplitter.split(text);
      if (split.isEmpty()) return new ParsedFile(new LinkedHashMap<>(), text, 1);
      Map<String, Object> data = new LinkedHashMap<>();
      String notAMapping = null;
      try {
        Object loaded = Yaml.load(split.get().yaml(), rel, 1);
        if (loaded instanceof Map<?, ?> m) {
          m.forEach((k, v) -> data.put(String.valueOf(k), v));
        } else if (loaded != null) {
          notAMapping = loaded instanceof List<?> ? "a list" : loaded instanceof String ? "a string" : "a single value";
        }
      } catch (BuildException e) {
        diagnostics.warn("YAML Exception reading " + rel + ": " + e.getMessage());
      }
      return new ParsedFile(data, split.get().body(), split.get().bodyLine(), notAMapping);
    }
  }
}

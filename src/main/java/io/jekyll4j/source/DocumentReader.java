package io.jekyll4j.source;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.FrontMatterDefaults;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Dates;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.diag.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads collection documents as Jekyll's {@code PostReader} and {@code CollectionReader} do:
 * every dated file of every {@code _posts} folder (front matter or not; drafts from {@code
 * _drafts} with {@code --drafts}), the configured collections from {@code collections_dir}
 * (files with front matter become documents, the others static files), front-matter defaults by
 * collection type, the publish/future filters, and the derived fields (date, slug, title,
 * categories, tags).
 */
final class DocumentReader {
  static final Pattern DATE_FILENAME =
      Pattern.compile("^(?:.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$");
  static final Pattern DATELESS_FILENAME = Pattern.compile("^(?:.+/)*(.*)(\\.[^.]+)$");
  private static final Pattern TRAILING_DOTS = Pattern.compile("\\.*$");

  private final Path source;
  private final SiteConfig config;
  private final EntryFilter filter;
  private final FrontMatterDefaults defaults;
  private final Diagnostics diagnostics;
  private final SiteReader.ReadOptions options;
  private final ZonedDateTime time;
  private final String collectionsDir;
  private final java.time.ZoneId zone;
  private FrontMatterCache frontMatter = FrontMatterCache.none();

  DocumentReader(
      Path source, SiteConfig config, EntryFilter filter, FrontMatterDefaults defaults,
      Diagnostics diagnostics, SiteReader.ReadOptions options, ZonedDateTime time) {
    this.source = source;
    this.config = config;
    this.filter = filter;
    this.defaults = defaults;
    this.diagnostics = diagnostics;
    this.options = options;
    this.time = time;
    this.collectionsDir = config.string("collections_dir", "");
    this.zone = config.zone();
  }

  /**
   * Reads {@code dir/_posts} (and {@code dir/_drafts} with drafts on). With a {@code
   * collections_dir}, only folders inside it hold posts.
   */
  void readPostsIn(String dir, List<Document> posts, ReadBatch batch) {
    if (!collectionsDir.isEmpty() && !("/" + dir).startsWith("/" + collectionsDir)) return;
    String prefix = dir.isEmpty() ? "" : dir + "/";
    readPostFolder(prefix + "_posts", false, posts, batch);
    if (options.drafts()) readPostFolder(prefix + "_drafts", true, posts, batch);
  }

  /** Takes front matter from {@code cache} for files it knows unchanged, and keeps what it reads there. */
  DocumentReader withFrontMatterCache(FrontMatterCache cache) {
    this.frontMatter = cache;
    return this;
  }

  /** Posts in Jekyll's order (oldest first), cut to the newest {@code limit_posts}. */
  List<Document> sortedPosts(List<Document> posts) {
    List<Document> sorted = DocumentOrder.sortDefault(posts);
    int limit = intValue(config.get("limit_posts"));
    if (limit < 0) {
      throw new BuildException(SourceLocation.of("_config.yml"), "limit_posts must be a non-negative number");
    }
    if (limit > 0 && sorted.size() > limit) {
      return new ArrayList<>(sorted.subList(sorted.size() - limit, sorted.size()));
    }
    return sorted;
  }

  /** Reads every configured collection other than posts, in config order. */
  void readCollections(Map<String, List<Document>> out, List<StaticFile> statics) {
    // listed in order, read on all cores, added in order (see ReadBatch)
    ReadBatch batch = new ReadBatch();
    try {
      for (String label : config.map("collections").keySet()) {
        if (label.equals("posts")) continue;
        String folder = inCollections("_" + label);
        List<Document> docs = new ArrayList<>();
        for (Listed listed : entries(folder, true)) {
          batch.add(reported -> readCollectionFile(folder, listed, label, docs, statics, reported));
        }
        batch.then(() -> out.put(label, DocumentOrder.sort(docs, config.collection(label).orElse(Map.of()), diagnostics)));
      }
    } catch (RuntimeException e) {
      batch.then(() -> {
        throw e;
      });
    }
    batch.run(diagnostics);
  }

  /** Reads a collection's file as a document or a static file; gives the step that adds it. */
  private Runnable readCollectionFile(String folder, Listed listed, String label, List<Document> docs,
      List<StaticFile> statics, Diagnostics reported) {
    String inFolder = listed.inFolder;
    String rel = folder + "/" + inFolder;
    Path f = listed.path;
    String jekyllRel = "_" + label + "/" + inFolder;
    Optional<SiteReader.ParsedFile> cached = frontMatter.get(rel, f, listed.size, listed.modified);
    if (cached.isPresent() || SiteReader.hasFrontMatter(f)) {
      try {
        SiteReader.ParsedFile parsed = cached.isPresent() ? cached.get() : parse(rel, f, listed, reported);
        Optional<Document> doc = read(parsed, f, rel, jekyllRel, inFolder, label, false, reported);
        return doc.isEmpty() ? ReadBatch.nothing() : () -> docs.add(doc.get());
      } catch (SiteReader.InvalidUtf8 e) {
        reported.warn(e.documentWarning());
      }
    }
    StaticFile file = new StaticFile(rel, f, SiteReader.modified(f), label, jekyllRel);
    return () -> statics.add(file);
  }

  private String inCollections(String path) {
    return collectionsDir.isEmpty() ? path : collectionsDir + "/" + path;
  }

  private void readPostFolder(String folder, boolean drafts, List<Document> out, ReadBatch batch) {
    Pattern matcher = drafts ? DATELESS_FILENAME : DATE_FILENAME;
    for (Listed listed : entries(folder, false)) {
      if (!matcher.matcher(listed.inFolder).matches()) continue;
      batch.add(reported -> readPost(folder, listed, drafts, out, reported));
    }
  }

  /** Reads one file of a {@code _posts} or {@code _drafts} folder; gives the step that adds it. */
  private Runnable readPost(String folder, Listed listed, boolean drafts, List<Document> out, Diagnostics reported) {
    String inFolder = listed.inFolder;
    String rel = folder + "/" + inFolder;
    String jekyllRel = rel;
    if (!collectionsDir.isEmpty() && rel.startsWith(collectionsDir + "/")) {
      jekyllRel = rel.substring(collectionsDir.length() + 1);
    }
    Path f = listed.path;
    SiteReader.ParsedFile parsed;
    try {
      Optional<SiteReader.ParsedFile> cached = frontMatter.get(rel, f, listed.size, listed.modified);
      parsed = cached.isPresent() ? cached.get() : parse(rel, f, listed, reported);
    } catch (SiteReader.InvalidUtf8 e) {
      reported.warn(e.documentWarning());
      return ReadBatch.nothing();
    }
    Optional<Document> doc = read(parsed, f, rel, jekyllRel, inFolder, "posts", drafts, reported);
    return doc.isEmpty() ? ReadBatch.nothing() : () -> out.add(doc.get());
  }

  /** Reads and parses a listed file, and keeps the parse in the front-matter cache when it can. */
  private SiteReader.ParsedFile parse(String rel, Path f, Listed listed, Diagnostics reported) {
    int before = reported.warnings().size();
    SiteReader.ParsedFile parsed = SiteReader.ParsedFile.read(f, rel, reported);
    frontMatter.keep(rel, listed.size, listed.modified, parsed, reported.warnings().size() != before);
    return parsed;
  }

  /**
   * The accepted files under a folder, sorted: Jekyll's {@code Reader#get_entries} ({@code
   * Dir["**&#47;*"]}, which lists no dot file or folder) for {@code _posts} and {@code _drafts}, and
   * {@code Collection#filtered_entries} (a glob with {@code FNM_DOTMATCH}) for collections; each
   * entry is then judged whole by the entry filter.
   */
  private List<Listed> entries(String folder, boolean dotMatch) {
    Path base = source.resolve(folder);
    if (!Files.isDirectory(base)) return List.of();
    List<Listed> files = listFiles(base);
    files.sort((a, b) -> byCodePoint(a.inFolder, b.inFolder));
    List<Listed> out = new ArrayList<>();
    for (Listed f : files) {
      if (!dotMatch && hasDotSegment(f.inFolder)) continue;
      if (filter.acceptEntry(f.inFolder, "/" + folder, f.path, f.link())) out.add(f);
    }
    return out;
  }

  /**
   * A file found under a folder: its path inside the folder, its path, and as listed its size and
   * modification time (nanoseconds); -1 for a link, whose target's change its own time does not show.
   */
  private record Listed(String inFolder, Path path, long size, long modified) {
    boolean link() {
      return size < 0;
    }
  }

  /** What one name of a listed folder is (its own kind, a link not followed). */
  private enum Kind { FILE, LINKED_FILE, FOLDER, OTHER }

  /**
   * Every file under {@code base}, folder by folder, as {@code Files.find} without following
   * links finds them: regular files, and links to regular files; no folder behind a link is
   * entered. A folder's names are listed on this thread and looked at (one {@code lstat} each,
   * and a {@code stat} for a link) on all cores: a {@code _posts} of 10,000 files is otherwise a
   * quarter of a second of one core before any is read.
   */
  private static List<Listed> listFiles(Path base) {
    List<Listed> files = new ArrayList<>();
    List<Listed> folders = List.of(new Listed("", base, 0, 0));
    while (!folders.isEmpty()) {
      List<Listed> names = new ArrayList<>();
      for (Listed folder : folders) {
        String prefix = folder.inFolder.isEmpty() ? "" : folder.inFolder + "/";
        try (java.nio.file.DirectoryStream<Path> listed = Files.newDirectoryStream(folder.path)) {
          for (Path p : listed) names.add(new Listed(prefix + p.getFileName(), p, 0, 0));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      java.util.stream.IntStream indexes = java.util.stream.IntStream.range(0, names.size());
      Found[] found = (names.size() >= 64 ? indexes.parallel() : indexes)
          .mapToObj(i -> found(names.get(i).path))
          .toArray(Found[]::new);
      List<Listed> next = new ArrayList<>();
      for (int i = 0; i < found.length; i++) {
        Listed l = names.get(i);
        switch (found[i].kind) {
          case FILE -> files.add(new Listed(l.inFolder, l.path, found[i].size, found[i].modified));
          case LINKED_FILE -> files.add(new Listed(l.inFolder, l.path, -1, -1));
          case FOLDER -> next.add(l);
          default -> { }
        }
      }
      folders = next;
    }
    return files;
  }

  /**
   * Orders paths as their UTF-8 bytes order (a sorted {@code Path} list, and Ruby's sort): by
   * code point, where {@link String#compareTo} would put a character above U+FFFF (a surrogate
   * pair) before U+E000..U+FFFF.
   */
  static int byCodePoint(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x == y) continue;
      boolean sx = Character.isSurrogate(x);
      if (sx != Character.isSurrogate(y)) return sx ? 1 : -1;
      return x - y;
    }
    return a.length() - b.length();
  }

  /** A listed name's kind, and a file's size and time. */
  private record Found(Kind kind, long size, long modified) { }

  private static final Found OTHER = new Found(Kind.OTHER, 0, 0);

  private static Found found(Path p) {
    java.nio.file.attribute.BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return OTHER; // gone since it was listed
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (attrs.isRegularFile()) {
      return new Found(Kind.FILE, attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }
    if (attrs.isDirectory()) return new Found(Kind.FOLDER, 0, 0);
    if (attrs.isSymbolicLink() && Files.isRegularFile(p)) return new Found(Kind.LINKED_FILE, 0, 0);
    return OTHER;
  }

  /** Reads one document again from its file, as it was read the first time; empty if it can't. */
  Optional<Document> reread(Document old) {
    String rel = old.relativePath();
    Path f = source.resolve(rel);
    if (!Files.isRegularFile(f) || !SiteReader.hasFrontMatter(f)) return Optional.empty();
    return read(f, rel, old.jekyllRelativePath(), old.pathInCollection(), old.collection(), old.draft(), diagnostics);
  }

  private static boolean hasDotSegment(String path) {
    return path.startsWith(".") || path.contains("/.");
  }

  private Optional<Document> read(
      Path f, String rel, String jekyllRel, String inFolder, String label, boolean draft, Diagnostics reported) {
    return read(SiteReader.ParsedFile.read(f, rel, reported), f, rel, jekyllRel, inFolder, label, draft, reported);
  }

  /** A document of a parsed file (any thread: warnings go to {@code reported}). */
  private Optional<Document> read(SiteReader.ParsedFile parsed, Path f, String rel, String jekyllRel,
      String inFolder, String label, boolean draft, Diagnostics reported) {
    if (parsed.notAMapping() != null) {
      reported.warn("Error: could not read file " + rel + ":2: its front matter is " + parsed.notAMapping()
          + ", not a mapping of keys to values; the document is read without it");
    }
    // A draft is a document of the posts collection: its defaults type is "posts", as in Jekyll 4.
    Map<String, Object> data = new LinkedHashMap<>(defaults.all(jekyllRel, label));
    List<String> categories = new ArrayList<>(DocumentFields.categoriesFromPath(jekyllRel, draft ? "_drafts" : "_" + label));
    ConfigLoader.deepMerge(data, parsed.data());
    if (!options.unpublished() && Boolean.FALSE.equals(data.get("published"))) return Optional.empty();

    Optional<ZonedDateTime> date = Optional.empty();
    if (data.get("date") != null) {
      Object raw = data.get("date");
      date = Optional.of(Dates.jekyllDate(raw, zone).orElseThrow(() -> invalidDate(f, rel, jekyllRel, raw)));
    }
    Matcher dated = DATE_FILENAME.matcher(jekyllRel);
    Matcher dateless = DATELESS_FILENAME.matcher(jekyllRel);
    String slug;
    String ext = null;
    if (dated.matches()) {
      if (date.isEmpty() || date.get().toEpochSecond() == time.toEpochSecond()) {
        String text = dated.group(1);
        date = Optional.of(
            Dates.parse(text, zone)
                .orElseThrow(() -> new BuildException(new SourceLocation(rel, 1),
                    "Invalid date '" + text + "': Document '" + jekyllRel
                        + "' does not have a valid date in the filename.")));
      }
      slug = dated.group(2);
      ext = dated.group(3);
    } else if (dateless.matches()) {
      slug = dateless.group(1);
      ext = dateless.group(2);
    } else {
      String name = f.getFileName().toString();
      slug = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
    slug = TRAILING_DOTS.matcher(slug).replaceAll("");
    boolean posts = label.equals("posts");
    // Jekyll computes a missing date lazily; the post reader's future check already asks for it.
    boolean sortDated = date.isPresent() || (posts && !options.future());
    ZonedDateTime effective =
        date.orElseGet(() -> draft ? java.time.Instant.ofEpochMilli(SiteReader.modified(f)).atZone(zone) : time);
    if (posts && !options.future() && effective.toEpochSecond() > time.toEpochSecond()) {
      reported.warn("Skipping: " + jekyllRel + " has a future date");
      return Optional.empty();
    }
    data.put("date", effective);
    if (data.get("title") == null) data.put("title", DocumentFields.titleize(slug));
    if (data.get("slug") == null) data.put("slug", slug);
    if (data.get("ext") == null && ext != null) data.put("ext", ext);
    categories.addAll(DocumentFields.pluralized(data, "category", "categories"));
    List<String> uniq = new ArrayList<>(new LinkedHashSet<>(categories));
    data.put("categories", uniq);
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(DocumentFields.pluralized(data, "tag", "tags")));
    data.put("tags", tags);
    if (data.get("draft") == null) data.put("draft", draft);
    if (parsed.lazyBody() != null) {
      return Optional.of(new Document(rel, data, parsed.lazyBody(), parsed.bodyLine(), label, inFolder, effective,
          slug, uniq, tags, draft, jekyllRel, sortDated));
    }
    return Optional.of(
        new Document(
            rel, data, parsed.body(), parsed.bodyLine(), label, inFolder, effective, slug, uniq, tags,
            draft, jekyllRel, sortDated));
  }

  /** Jekyll's fatal {@code InvalidDateError}, pointing at the {@code date:} line. */
  private static BuildException invalidDate(Path f, String rel, String jekyllRel, Object raw) {
    int line = 0;
    try {
      List<String> lines = Files.readAllLines(f);
      for (int i = 1; i < lines.size() && line == 0; i++) {
        if (lines.get(i).startsWith("---")) break;
        if (lines.get(i).matches("date\\s*:.*")) line = i + 1;
      }
    } catch (IOException | UncheckedIOException e) {
      line = 0;
    }
    return new BuildException(
        new SourceLocation(rel, line),
        "Invalid date '" + raw + "': Document '" + jekyllRel
            + "' does not have a valid date in the YAML front matter.");
  }

  private static int intValue(Object o) {
    if (o instanceof Number n) return n.intValue();
    try {
      return o == null ? 0 : Integer.parseInt(String.valueOf(o).strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

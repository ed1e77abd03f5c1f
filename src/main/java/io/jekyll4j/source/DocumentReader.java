package io.jekyll4j.source;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.FrontMatterDefaults;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Dates;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads collection documents as Jekyll's {@code PostReader} and {@code CollectionReader} do:
 * dated posts from every {@code _posts} folder (drafts from {@code _drafts} with {@code
 * --drafts}), the configured collections from {@code collections_dir}, front-matter defaults by
 * collection type, the publish/future filters, and the derived fields (date, slug, title,
 * categories, tags).
 */
final class DocumentReader {
  static final Pattern DATE_FILENAME =
      Pattern.compile("^(?:.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$");
  static final Pattern DATELESS_FILENAME = Pattern.compile("^(?:.+/)*(.*)(\\.[^.]+)$");

  private final Path source;
  private final SiteConfig config;
  private final EntryFilter filter;
  private final FrontMatterDefaults defaults;
  private final Diagnostics diagnostics;
  private final SiteReader.ReadOptions options;
  private final ZonedDateTime time;

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
  }

  /** Reads {@code dir/_posts} (and {@code dir/_drafts} with drafts on). */
  void readPostsIn(String dir, List<Document> posts, List<StaticFile> statics) {
    String prefix = dir.isEmpty() ? "" : dir + "/";
    readFolder(prefix + "_posts", "posts", dir, false, posts, statics);
    if (options.drafts()) readFolder(prefix + "_drafts", "posts", dir, true, posts, statics);
  }

  List<Document> sortedPosts(List<Document> posts) {
    posts.sort(Comparator.comparing(Document::date).thenComparing(Document::relativePath));
    int limit = intValue(config.get("limit_posts"));
    if (limit > 0 && posts.size() > limit) {
      return new ArrayList<>(posts.subList(posts.size() - limit, posts.size()));
    }
    return posts;
  }

  /** Reads every configured collection other than posts, in config order. */
  void readCollections(Map<String, List<Document>> out, List<StaticFile> statics) {
    String colDir = config.string("collections_dir", "");
    for (String label : config.map("collections").keySet()) {
      if (label.equals("posts")) continue;
      String folder = (colDir.isEmpty() ? "" : colDir + "/") + "_" + label;
      List<Document> docs = new ArrayList<>();
      readFolder(folder, label, "", false, docs, statics);
      docs.sort(Comparator.comparing(Document::date).thenComparing(Document::relativePath));
      out.put(label, docs);
    }
  }

  private void readFolder(
      String folder, String label, String parentDir, boolean drafts, List<Document> out, List<StaticFile> statics) {
    Path base = source.resolve(folder);
    if (!Files.isDirectory(base)) return;
    List<Path> files;
    try (Stream<Path> s = Files.walk(base)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean posts = label.equals("posts");
    for (Path f : files) {
      String inFolder = base.relativize(f).toString().replace('\\', '/');
      String rel = folder + "/" + inFolder;
      if (!acceptedInside(base, inFolder)) continue;
      if (!SiteReader.hasFrontMatter(f)) {
        statics.add(new StaticFile(rel, f, SiteReader.modified(f), label));
        continue;
      }
      Matcher m = (posts && !drafts ? DATE_FILENAME : DATELESS_FILENAME).matcher(inFolder);
      if (!m.matches()) continue;
      read(f, rel, inFolder, label, parentDir, drafts, m).ifPresent(out::add);
    }
  }

  /** Reads one document again from its file, as {@link #readFolder} read it; empty if it can't. */
  Optional<Document> reread(Document old) {
    Path f = source.resolve(old.relativePath());
    if (!Files.isRegularFile(f) || !SiteReader.hasFrontMatter(f)) return Optional.empty();
    boolean posts = old.collection().equals("posts");
    String inFolder = old.pathInCollection();
    String rel = old.relativePath();
    if (!rel.endsWith("/" + inFolder)) return Optional.empty();
    String folder = rel.substring(0, rel.length() - inFolder.length() - 1);
    String parentDir = "";
    if (posts) {
      int at = folder.lastIndexOf(old.draft() ? "_drafts" : "_posts");
      parentDir = at <= 0 ? "" : folder.substring(0, at - 1);
    }
    Matcher m = (posts && !old.draft() ? DATE_FILENAME : DATELESS_FILENAME).matcher(inFolder);
    if (!m.matches()) return Optional.empty();
    return read(f, rel, inFolder, old.collection(), parentDir, old.draft(), m);
  }

  private boolean acceptedInside(Path base, String inFolder) {
    String[] parts = inFolder.split("/");
    String acc = "";
    for (String p : parts) {
      acc = acc.isEmpty() ? p : acc + "/" + p;
      Path entry = base.resolve(acc);
      String relToSource = source.relativize(entry).toString().replace('\\', '/');
      if (!filter.accept(relToSource, entry)) return false;
    }
    return true;
  }

  private Optional<Document> read(
      Path f, String rel, String inFolder, String label, String parentDir, boolean draft, Matcher m) {
    SiteReader.ParsedFile parsed = SiteReader.ParsedFile.read(f, rel, diagnostics);
    String type = draft ? "drafts" : label;
    Map<String, Object> data = new LinkedHashMap<>(defaults.all(rel, type));
    if (draft) ConfigLoader.deepMerge(data, defaults.all(rel, "posts"));
    ConfigLoader.deepMerge(data, parsed.data());
    if (!options.unpublished() && Boolean.FALSE.equals(data.get("published"))) return Optional.empty();
    var zone = config.zone();
    String slug;
    ZonedDateTime date = time;
    if (label.equals("posts") && !draft) {
      date = Dates.parse(m.group(1), zone).orElse(time);
      slug = m.group(2);
    } else {
      slug = m.group(1);
      if (draft) date = java.time.Instant.ofEpochMilli(SiteReader.modified(f)).atZone(zone);
    }
    Object fmDate = data.get("date");
    if (fmDate != null) date = Dates.toZoned(fmDate, zone).orElse(date);
    if (label.equals("posts") && !options.future() && date.isAfter(time)) {
      diagnostics.warn("Skipping: " + rel + " has a future date");
      return Optional.empty();
    }
    data.put("date", date);
    data.putIfAbsent("title", titleize(slug));
    data.putIfAbsent("slug", slug);
    data.putIfAbsent("ext", m.group(m.groupCount()));
    List<String> categories = new ArrayList<>();
    if (label.equals("posts") && !parentDir.isEmpty()) {
      for (String c : parentDir.split("/")) if (!c.isEmpty()) categories.add(c);
    }
    categories.addAll(pluralized(data, "category", "categories"));
    List<String> uniq = new ArrayList<>(new LinkedHashSet<>(categories));
    data.put("categories", uniq);
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(pluralized(data, "tag", "tags")));
    data.put("tags", tags);
    if (label.equals("posts")) data.put("draft", draft);
    return Optional.of(
        new Document(rel, data, parsed.body(), parsed.bodyLine(), label, inFolder, date, slug, uniq, tags, draft));
  }

  /** Jekyll's {@code Utils.titleize_slug}. */
  static String titleize(String slug) {
    StringBuilder sb = new StringBuilder();
    for (String w : slug.split("-")) {
      if (sb.length() > 0) sb.append(' ');
      if (!w.isEmpty()) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  /** Jekyll's {@code Utils.pluralized_array_from_hash}. */
  static List<String> pluralized(Map<String, Object> data, String singular, String plural) {
    Object v = data.get(singular);
    if (v == null || (v instanceof String s && s.isEmpty())) v = data.get(plural);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) if (o != null) out.add(String.valueOf(o));
    } else if (v instanceof String s) {
      for (String p : s.split("\\s+")) if (!p.isEmpty()) out.add(p);
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
    return out;
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

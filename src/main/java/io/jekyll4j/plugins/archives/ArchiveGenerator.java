package io.jekyll4j.plugins.archives;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The jekyll-archives generator (version 2.2.1, what Debian and GitHub-era sites use): when the
 * plugin is listed, one page per tag, category, year, month and day of the posts, for the types
 * {@code jekyll-archives.enabled} names, appended to the site's pages in the gem's order (tags,
 * categories, then each year followed by its months and days, newest month first). Each page
 * has no content of its own; its layout lists {@code page.posts}.
 */
final class ArchiveGenerator {
  static final String PLUGIN = "jekyll-archives";

  private ArchiveGenerator() {}

  /** The site with the archive pages added (the same site when the plugin is off). */
  static Site generate(Site site) {
    ArchiveOptions options = ArchiveOptions.of(site.config());
    List<Page> archives = new ArrayList<>();
    List<Document> posts = site.posts();
    if (options.enabled("tags")) {
      grouped(posts, Document::tags).forEach((name, list) -> archives.add(named(options, "tag", name, list)));
    }
    if (options.enabled("categories")) {
      grouped(posts, Document::categories)
          .forEach((name, list) -> archives.add(named(options, "category", name, list)));
    }
    dates(options, posts, archives);
    List<Page> pages = new ArrayList<>(site.pages());
    pages.addAll(archives);
    // the gem writes its merged settings and its pages back into the config: site.jekyll-archives,
    // site.archives
    Map<String, Object> raw = new LinkedHashMap<>(site.config().raw());
    raw.put(PLUGIN, ArchiveOptions.merged(site.config()));
    raw.put("archives", List.copyOf(archives));
    return new Site(
        new SiteConfig(raw, site.config().files()), site.time(), List.copyOf(pages), site.collections(), site.staticFiles(),
        site.layouts(), site.data());
  }

  private static void dates(ArchiveOptions options, List<Document> posts, List<Page> out) {
    Map<String, List<Document>> years = newestFirst(groupBy(posts, d -> format("%04d", d.date().getYear())));
    years.forEach((year, yearPosts) -> {
      if (options.enabled("year")) out.add(dated(options, "year", List.of(year), yearPosts));
      newestFirst(groupBy(yearPosts, d -> format("%02d", d.date().getMonthValue())))
          .forEach((month, monthPosts) -> {
            if (options.enabled("month")) out.add(dated(options, "month", List.of(year, month), monthPosts));
            newestFirst(groupBy(monthPosts, d -> format("%02d", d.date().getDayOfMonth())))
                .forEach((day, dayPosts) -> {
                  if (options.enabled("day")) {
                    out.add(dated(options, "day", List.of(year, month, day), dayPosts));
                  }
                });
          });
    });
  }

  private static String format(String pattern, int value) {
    return String.format(pattern, value);
  }

  /** Jekyll's {@code post_attr_hash}: names in the order posts first use them, posts newest first. */
  private static Map<String, List<Document>> grouped(
      List<Document> posts, Function<Document, List<String>> names) {
    Map<String, List<Document>> out = new LinkedHashMap<>();
    for (Document d : posts) {
      for (String n : names.apply(d)) out.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
    }
    return newestFirst(out);
  }

  private static Map<String, List<Document>> groupBy(List<Document> posts, Function<Document, String> key) {
    Map<String, List<Document>> out = new LinkedHashMap<>();
    for (Document d : posts) out.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d);
    return out;
  }

  /**
   * Each list newest first. The posts come in the site's order (oldest first, ties by path), so
   * reversing is the gem's {@code sort!.reverse!}; a list already reversed is put back in order
   * first.
   */
  private static Map<String, List<Document>> newestFirst(Map<String, List<Document>> groups) {
    Map<String, List<Document>> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> {
      List<Document> list = new ArrayList<>(v);
      list.sort(ArchiveGenerator::compareAsJekyll);
      Collections.reverse(list);
      out.put(k, List.copyOf(list));
    });
    return out;
  }

  /** Jekyll's {@code Document#<=>}: by date, then by path. */
  private static int compareAsJekyll(Document a, Document b) {
    int c = a.date().compareTo(b.date());
    return c != 0 ? c : a.relativePath().compareTo(b.relativePath());
  }

  private static Page named(ArchiveOptions options, String type, String name, List<Document> posts) {
    Map<String, String> placeholders = new LinkedHashMap<>();
    placeholders.put("name", options.slug(name));
    placeholders.put("type", type);
    return ArchivePage.of(options, type, placeholders, name, null, posts);
  }

  private static Page dated(ArchiveOptions options, String type, List<String> parts, List<Document> posts) {
    Map<String, String> placeholders = new LinkedHashMap<>();
    String[] keys = {"year", "month", "day"};
    for (int i = 0; i < parts.size(); i++) placeholders.put(keys[i], parts.get(i));
    placeholders.put("type", type);
    LocalDate date = LocalDate.of(Integer.parseInt(parts.get(0)),
        parts.size() > 1 ? Integer.parseInt(parts.get(1)) : 1,
        parts.size() > 2 ? Integer.parseInt(parts.get(2)) : 1);
    return ArchivePage.of(options, type, placeholders, null, date, posts);
  }
}

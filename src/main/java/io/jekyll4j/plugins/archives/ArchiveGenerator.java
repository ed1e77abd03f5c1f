package io.jekyll4j.plugins.archives;

import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.PageView;

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

  /** Adds the archive pages (nothing when the plugin enables no type). */
  static void generate(GenerateContext context) {
    ArchiveOptions options = ArchiveOptions.of(context.site().config(), context);
    List<PageView> archives = new ArrayList<>();
    List<DocumentView> posts = context.site().posts();
    if (options.enabled("tags")) {
      grouped(posts, DocumentView::tags)
          .forEach((name, list) -> archives.add(named(context, options, "tag", name, list)));
    }
    if (options.enabled("categories")) {
      grouped(posts, DocumentView::categories)
          .forEach((name, list) -> archives.add(named(context, options, "category", name, list)));
    }
    dates(context, options, posts, archives);
    // the gem writes its merged settings and its pages back into the config: site.jekyll-archives,
    // site.archives
    context.putConfig(PLUGIN, ArchiveOptions.merged(context.site().config()));
    context.putConfig("archives", List.copyOf(archives));
  }

  private static void dates(GenerateContext context, ArchiveOptions options, List<DocumentView> posts,
      List<PageView> out) {
    Map<String, List<DocumentView>> years = newestFirst(groupBy(posts, d -> format("%04d", d.date().getYear())));
    years.forEach((year, yearPosts) -> {
      if (options.enabled("year")) out.add(dated(context, options, "year", List.of(year), yearPosts));
      newestFirst(groupBy(yearPosts, d -> format("%02d", d.date().getMonthValue())))
          .forEach((month, monthPosts) -> {
            if (options.enabled("month")) out.add(dated(context, options, "month", List.of(year, month), monthPosts));
            newestFirst(groupBy(monthPosts, d -> format("%02d", d.date().getDayOfMonth())))
                .forEach((day, dayPosts) -> {
                  if (options.enabled("day")) {
                    out.add(dated(context, options, "day", List.of(year, month, day), dayPosts));
                  }
                });
          });
    });
  }

  private static String format(String pattern, int value) {
    return String.format(pattern, value);
  }

  /** Jekyll's {@code post_attr_hash}: names in the order posts first use them, posts newest first. */
  private static Map<String, List<DocumentView>> grouped(
      List<DocumentView> posts, Function<DocumentView, List<String>> names) {
    Map<String, List<DocumentView>> out = new LinkedHashMap<>();
    for (DocumentView d : posts) {
      for (String n : names.apply(d)) out.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
    }
    return newestFirst(out);
  }

  private static Map<String, List<DocumentView>> groupBy(List<DocumentView> posts, Function<DocumentView, String> key) {
    Map<String, List<DocumentView>> out = new LinkedHashMap<>();
    for (DocumentView d : posts) out.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d);
    return out;
  }

  /**
   * Each list newest first. The posts come in the site's order (oldest first, ties by path), so
   * reversing is the gem's {@code sort!.reverse!}; a list already reversed is put back in order
   * first.
   */
  private static Map<String, List<DocumentView>> newestFirst(Map<String, List<DocumentView>> groups) {
    Map<String, List<DocumentView>> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> {
      List<DocumentView> list = new ArrayList<>(v);
      list.sort(ArchiveGenerator::compareAsJekyll);
      Collections.reverse(list);
      out.put(k, List.copyOf(list));
    });
    return out;
  }

  /** Jekyll's {@code Document#<=>}: by date, then by path. */
  private static int compareAsJekyll(DocumentView a, DocumentView b) {
    int c = a.date().compareTo(b.date());
    return c != 0 ? c : a.relativePath().compareTo(b.relativePath());
  }

  private static PageView named(GenerateContext context, ArchiveOptions options, String type, String name, List<DocumentView> posts) {
    Map<String, String> placeholders = new LinkedHashMap<>();
    placeholders.put("name", options.slug(name));
    placeholders.put("type", type);
    return ArchivePage.of(context, options, type, placeholders, name, null, posts);
  }

  private static PageView dated(GenerateContext context, ArchiveOptions options, String type, List<String> parts, List<DocumentView> posts) {
    Map<String, String> placeholders = new LinkedHashMap<>();
    String[] keys = {"year", "month", "day"};
    for (int i = 0; i < parts.size(); i++) placeholders.put(keys[i], parts.get(i));
    placeholders.put("type", type);
    LocalDate date = LocalDate.of(Integer.parseInt(parts.get(0)),
        parts.size() > 1 ? Integer.parseInt(parts.get(1)) : 1,
        parts.size() > 2 ? Integer.parseInt(parts.get(2)) : 1);
    return ArchivePage.of(context, options, type, placeholders, null, date, posts);
  }
}

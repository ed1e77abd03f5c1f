package io.jekyll4j.plugins.paginate;

import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Pager;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The jekyll-paginate generator (what GitHub Pages sites use): when the plugin is listed in
 * {@code plugins} and {@code paginate} is set, the deepest {@code index.html} on the way to {@code
 * paginate_path} becomes the listing's first page, and copies of it are placed at {@code
 * paginate_path} ({@code /page2}, {@code /page3}...), each with its {@link Pager}. Posts marked
 * {@code hidden} are left out.
 */
final class Paginator {
  static final String PLUGIN = "jekyll-paginate";

  private Paginator() {}

  /** The site with pagination applied (the same site when pagination is off). */
  static Site generate(
      Site site, Function<Page, String> urlOf, Diagnostics diagnostics) {
    Object paginate = site.config().get("paginate");
    if (paginate == null || site.pages().isEmpty()) {
      return site;
    }
    String format = site.config().string("paginate_path", "/page:num");
    Optional<Page> template = templatePage(site.pages(), format);
    if (template.isEmpty()) {
      diagnostics.warn(
          "Pagination: Pagination is enabled, but I couldn't find an index.html page to use as the"
              + " pagination template. Skipping pagination.");
      return site;
    }
    int perPage = toInt(paginate);
    List<Document> posts = new ArrayList<>();
    for (Document d : site.posts()) if (!truthy(d.data().get("hidden"))) posts.add(d);
    Collections.reverse(posts);
    int totalPages = perPage <= 0 ? 0 : (int) Math.ceil(posts.size() / (double) perPage);
    String firstUrl = urlOf.apply(template.get());
    List<Page> pages = new ArrayList<>(site.pages());
    for (int n = 1; n <= totalPages; n++) {
      Pager pager = pager(n, perPage, totalPages, posts, format, firstUrl);
      if (n == 1) {
        pages.set(pages.indexOf(template.get()), template.get().withPager(pager, Optional.empty()));
      } else {
        pages.add(template.get().withPager(pager, Optional.of(pathOf(format, n, firstUrl))));
      }
    }
    return site.withPages(pages);
  }

  private static Pager pager(int n, int perPage, int totalPages, List<Document> posts, String format, String firstUrl) {
    int from = (n - 1) * perPage;
    int to = Math.min(from + perPage, posts.size());
    Optional<Integer> prev = n != 1 ? Optional.of(n - 1) : Optional.empty();
    Optional<Integer> next = n != totalPages ? Optional.of(n + 1) : Optional.empty();
    return new Pager(
        n, perPage, posts.subList(from, to), posts.size(), totalPages,
        prev, prev.map(p -> pathOf(format, p, firstUrl)),
        next, next.map(p -> pathOf(format, p, firstUrl)));
  }

  /** jekyll-paginate's {@code Pager.paginate_path}. */
  static String pathOf(String format, int n, String firstUrl) {
    if (n <= 1) return firstUrl;
    String path = format.replaceFirst(":num", String.valueOf(n));
    return path.startsWith("/") ? path : "/" + path;
  }

  /**
   * jekyll-paginate's {@code template_page}: pages named {@code index.html} whose folder is the
   * folder of {@code paginate_path} or one above it; the longest path wins.
   */
  static Optional<Page> templatePage(List<Page> pages, String format) {
    String pathDir = parentOf(stripSlashes(format));
    Page best = null;
    for (Page p : pages) {
      if (!p.name().equals("index.html")) continue;
      String dir = parentOf(p.relativePath());
      if (!isAncestorOrSelf(dir, pathDir)) continue;
      if (best == null || p.relativePath().length() > best.relativePath().length()) best = p;
    }
    return Optional.ofNullable(best);
  }

  private static boolean isAncestorOrSelf(String dir, String of) {
    return dir.isEmpty() || of.equals(dir) || of.startsWith(dir + "/");
  }

  private static String stripSlashes(String s) {
    String t = s;
    while (t.startsWith("/")) t = t.substring(1);
    while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
    return t;
  }

  private static String parentOf(String rel) {
    int slash = rel.lastIndexOf('/');
    return slash < 0 ? "" : rel.substring(0, slash);
  }

  private static boolean truthy(Object o) {
    return o != null && !Boolean.FALSE.equals(o);
  }

  private static int toInt(Object o) {
    if (o instanceof Number n) return n.intValue();
    try {
      return Integer.parseInt(String.valueOf(o).strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

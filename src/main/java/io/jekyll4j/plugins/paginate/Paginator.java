package io.jekyll4j.plugins.paginate;

import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.Pager;
import io.jekyll4j.plugin.SiteView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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

  /** Applies pagination to the site (nothing when it is off). */
  static void generate(GenerateContext context) {
    SiteView site = context.site();
    Object paginate = site.config().get("paginate");
    if (paginate == null || site.pages().isEmpty()) return;
    String format = site.config().string("paginate_path", "/page:num");
    Optional<PageView> template = templatePage(site.pages(), format);
    if (template.isEmpty()) {
      context.warn(
          "Pagination: Pagination is enabled, but I couldn't find an index.html page to use as the"
              + " pagination template. Skipping pagination.");
      return;
    }
    int perPage = toInt(paginate);
    List<DocumentView> posts = new ArrayList<>();
    for (DocumentView d : site.posts()) if (!truthy(d.data().get("hidden"))) posts.add(d);
    Collections.reverse(posts);
    int totalPages = perPage <= 0 ? 0 : (int) Math.ceil(posts.size() / (double) perPage);
    String firstUrl = context.urlOf(template.get());
    for (int n = 1; n <= totalPages; n++) {
      Pager pager = pager(n, perPage, totalPages, posts, format, firstUrl);
      context.paginate(template.get(), pager, n == 1 ? Optional.empty() : Optional.of(pathOf(format, n, firstUrl)));
    }
  }

  private static Pager pager(int n, int perPage, int totalPages, List<DocumentView> posts, String format,
      String firstUrl) {
    int from = (n - 1) * perPage;
    int to = Math.min(from + perPage, posts.size());
    Integer prev = n != 1 ? n - 1 : null;
    Integer next = n != totalPages ? n + 1 : null;
    return new Pager(n, perPage, posts.subList(from, to), posts.size(), totalPages,
        prev, prev == null ? null : pathOf(format, prev, firstUrl),
        next, next == null ? null : pathOf(format, next, firstUrl));
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
  static Optional<PageView> templatePage(List<PageView> pages, String format) {
    String pathDir = parentOf(stripSlashes(format));
    PageView best = null;
    for (PageView p : pages) {
      String name = p.relativePath().substring(p.relativePath().lastIndexOf('/') + 1);
      if (!name.equals("index.html")) continue;
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

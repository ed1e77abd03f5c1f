package io.jekyll4j.compose;

import io.jekyll4j.url.Slugs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of the permalinks a site's pages write by hand, such as {@code /getting-involved/}
 * or {@code /docs/install.html}: the text around the page's own name, learned from the pages
 * whose permalink contains their file name or slugified title.
 *
 * @param prefix what comes before the name, such as {@code /} or {@code /docs/}
 * @param suffix what follows it: nothing, {@code /}, {@code .html} or {@code /index.html}
 */
record PermalinkShape(String prefix, String suffix) {
  private static final Pattern SUFFIX = Pattern.compile("(/|\\.html?|/index\\.html?)?");

  String permalink(String slug) {
    return prefix + slug + suffix;
  }

  /** The most common shape among {@code pages}' permalinks, if they have any. */
  static Optional<PermalinkShape> learn(List<ComposeSite.SiteFile> pages) {
    Map<PermalinkShape, Integer> counts = new LinkedHashMap<>();
    int slashes = 0;
    int html = 0;
    int total = 0;
    for (ComposeSite.SiteFile page : pages) {
      Optional<FrontMatterEntry> permalink = page.document().entry("permalink");
      if (permalink.isEmpty() || permalink.get().kind() != FrontMatterEntry.Kind.SCALAR) {
        continue;
      }
      String link = permalink.get().scalar();
      total++;
      slashes += link.endsWith("/") ? 1 : 0;
      html += link.endsWith(".html") ? 1 : 0;
      String title = page.document().entry("title").map(FrontMatterEntry::scalar).orElse("");
      shapeOf(link, page.baseName())
          .or(() -> shapeOf(link, Slugs.slugify(title)))
          .ifPresent(s -> counts.merge(s, 1, Integer::sum));
    }
    if (!counts.isEmpty()) {
      return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
    if (total == 0) {
      return Optional.empty();
    }
    String suffix = 2 * slashes > total ? "/" : 2 * html > total ? ".html" : "";
    return Optional.of(new PermalinkShape("/", suffix));
  }

  private static Optional<PermalinkShape> shapeOf(String link, String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int at = link.lastIndexOf(name);
    if (at < 0 || (at > 0 && link.charAt(at - 1) != '/')) {
      return Optional.empty();
    }
    String suffix = link.substring(at + name.length());
    return SUFFIX.matcher(suffix).matches()
        ? Optional.of(new PermalinkShape(link.substring(0, at), suffix))
        : Optional.empty();
  }
}

package io.jekyll4j.compose;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a new page that looks like the pages already there: in the folder most of them share,
 * with their layout, permalink shape, key order and quoting; with Jekyll's defaults
 * ({@code layout: page}, in the source folder) when the site has no page to learn from.
 */
public final class PageComposer {
  private static final Set<String> SPECIAL_PAGES = Set.of("index", "404");
  private static final Set<String> OWN_KEYS = Set.of("layout", "title", "permalink", "date");

  private final ComposeSite site;

  public PageComposer(ComposeSite site) {
    this.site = site;
  }

  public Written create(PageRequest request) {
    String slug = Titles.slug(request.title());
    List<ComposeSite.SiteFile> pages =
        site.pages().stream().filter(p -> !SPECIAL_PAGES.contains(p.baseName())).toList();
    String folder =
        request.folder().map(f -> f.replaceAll("^[./]+|/+$", "")).orElseGet(() -> folder(pages));
    List<ComposeSite.SiteFile> inFolder =
        pages.stream().filter(p -> p.folder().equals(folder)).toList();
    List<ComposeSite.SiteFile> samples = inFolder.isEmpty() ? pages : inFolder;
    Conventions conventions =
        Conventions.of(samples.stream().map(ComposeSite.SiteFile::document).toList());

    NewFrontMatter front = new NewFrontMatter(conventions);
    if (request.layout().isPresent()) {
      front.string("layout", request.layout().get());
    } else if (conventions.isEmpty()) {
      front.string("layout", "page");
    } else if (conventions.mostHave("layout")) {
      conventions.mostCommonScalar("layout").ifPresent(l -> front.string("layout", l));
    }
    front.string("title", request.title());
    if (conventions.mostHave("permalink")) {
      PermalinkShape.learn(samples).ifPresent(s -> front.string("permalink", s.permalink(slug)));
    }
    Shared.copy(conventions, front, OWN_KEYS);
    site.settings().defaultFrontMatter("pages").forEach(front::value);

    String extension =
        request.extension().orElseGet(() -> mostCommonExtension(samples).orElse("md"));
    String relative = (folder.isEmpty() ? "" : folder + "/") + slug + "." + extension;
    Path file = site.source().resolve(relative);
    ComposeFiles.refuseExisting(file, "page", relative, request.force());
    ComposeFiles.write(file, front.text(), relative);
    return Written.created("page", file);
  }

  /** The folder holding most pages; ties go to the shallower, then the alphabetically first. */
  private static String folder(List<ComposeSite.SiteFile> pages) {
    Map<String, Long> counts =
        pages.stream()
            .collect(
                Collectors.groupingBy(
                    ComposeSite.SiteFile::folder, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .min(
            Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                .thenComparingInt(e -> e.getKey().isEmpty() ? 0 : e.getKey().split("/").length)
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse("");
  }

  static java.util.Optional<String> mostCommonExtension(List<ComposeSite.SiteFile> files) {
    Map<String, Long> counts =
        files.stream()
            .collect(
                Collectors.groupingBy(
                    ComposeSite.SiteFile::extension, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }
}

package io.jekyll4j.compose;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Writes a new post ({@code _posts/DATE-slug.md}) or draft ({@code _drafts/slug.md}) the way
 * jekyll-compose does, shaped like the site's most recent posts (or its drafts): their layout,
 * key order, quoting, date format, shared keys and empty tag lists.
 */
public final class PostComposer {
  private static final Set<String> OWN_KEYS = Set.of("layout", "title", "date", "permalink");

  private final ComposeSite site;

  public PostComposer(ComposeSite site) {
    this.site = site;
  }

  public Written post(PageRequest request) {
    String slug = Titles.slug(request.title());
    List<ComposeSite.SiteFile> posts = site.posts();
    Conventions conventions = conventions(posts);
    ZonedDateTime time = PostDates.time(site, request.date());

    NewFrontMatter front = base(request, conventions);
    if (conventions.isEmpty() || conventions.mostHave("date") || request.timestampFormat()
        .isPresent()) {
      front.verbatim("date", PostDates.written(time, conventions, request.timestampFormat()));
    }
    return write(request, "post", posts, conventions, front, "posts",
        "_posts/" + PostDates.day(time) + "-" + slug);
  }

  public Written draft(PageRequest request) {
    String slug = Titles.slug(request.title());
    List<ComposeSite.SiteFile> drafts = site.drafts();
    boolean learnFromDrafts = !drafts.isEmpty();
    List<ComposeSite.SiteFile> samples = learnFromDrafts ? drafts : site.posts();
    Conventions conventions = conventions(samples);

    NewFrontMatter front = base(request, conventions);
    if (learnFromDrafts && conventions.mostHave("date")) {
      ZonedDateTime time = PostDates.time(site, request.date());
      front.verbatim("date", PostDates.written(time, conventions, request.timestampFormat()));
    }
    return write(request, "draft", samples, conventions, front, "drafts", "_drafts/" + slug);
  }

  private static Conventions conventions(List<ComposeSite.SiteFile> samples) {
    return Conventions.of(samples.stream().map(ComposeSite.SiteFile::document).toList());
  }

  private static NewFrontMatter base(PageRequest request, Conventions conventions) {
    NewFrontMatter front = new NewFrontMatter(conventions);
    if (request.layout().isPresent()) {
      front.string("layout", request.layout().get());
    } else if (conventions.isEmpty()) {
      front.string("layout", "post");
    } else if (conventions.mostHave("layout")) {
      conventions.mostCommonScalar("layout").ifPresent(l -> front.string("layout", l));
    }
    front.string("title", request.title());
    return front;
  }

  private Written write(
      PageRequest request,
      String kind,
      List<ComposeSite.SiteFile> samples,
      Conventions conventions,
      NewFrontMatter front,
      String defaultsKind,
      String name) {
    Shared.copy(conventions, front, OWN_KEYS);
    site.settings().defaultFrontMatter(defaultsKind).forEach(front::value);
    String extension =
        request
            .extension()
            .orElseGet(() -> PageComposer.mostCommonExtension(samples).orElse("md"));
    Path file = site.collections().resolve(name + "." + extension);
    String shown = site.relative(file);
    ComposeFiles.refuseExisting(file, kind, shown, request.force());
    ComposeFiles.write(file, front.text(), shown);
    return Written.created(kind, file);
  }
}

package io.jekyll4j.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code publish} and {@code unpublish}: moves a draft to {@code _posts/DATE-name} and dates it,
 * or a post back to {@code _drafts/name} without its date, as jekyll-compose does. Only the
 * {@code date} line changes; every other line of the file stays exactly as written.
 */
public final class PostMover {
  private static final List<String> COMPOSE_ORDER = List.of("layout", "title", "date");

  private final ComposeSite site;

  public PostMover(ComposeSite site) {
    this.site = site;
  }

  public Written publish(
      String draftPath, Optional<LocalDate> day, Optional<String> timestampFormat, boolean force) {
    Path from = existing(draftPath, "draft");
    ZonedDateTime time = PostDates.time(site, day);
    String name = from.getFileName().toString();
    Path to = site.collections().resolve("_posts/" + PostDates.day(time) + "-" + name);
    ComposeFiles.refuseExisting(to, "post", site.relative(to), force);

    String text = ComposeFiles.read(from, draftPath);
    Optional<FrontMatterDocument> doc = FrontMatterDocument.parse(site.relative(from), text);
    if (doc.isPresent() && doc.get().entry("date").isEmpty()) {
      Conventions posts =
          Conventions.of(site.posts().stream().map(ComposeSite.SiteFile::document).toList());
      if (posts.isEmpty() || posts.mostHave("date") || timestampFormat.isPresent()) {
        String date = PostDates.written(time, posts, timestampFormat);
        List<String> order = posts.isEmpty() ? COMPOSE_ORDER : posts.keyOrder();
        text = doc.get().with("date", date, order, posts.gap("date")).text();
      }
    }
    ComposeFiles.move(from, to, text, site.relative(to));
    return Written.moved("draft", "post", from, to);
  }

  public Written unpublish(String postPath, boolean force) {
    Path from = existing(postPath, "post");
    String name = from.getFileName().toString().replaceFirst("\\d{4}-\\d{2}-\\d{2}-", "");
    Path to = site.collections().resolve("_drafts/" + name);
    ComposeFiles.refuseExisting(to, "draft", site.relative(to), force);

    String text = ComposeFiles.read(from, postPath);
    Optional<FrontMatterDocument> doc = FrontMatterDocument.parse(site.relative(from), text);
    if (doc.isPresent()) {
      text = doc.get().without("date").text();
    }
    ComposeFiles.move(from, to, text, site.relative(to));
    return Written.moved("post", "draft", from, to);
  }

  /** The file at {@code path}, relative to the collections folder (or the source folder). */
  private Path existing(String path, String kind) {
    return locate(site, path)
        .orElseThrow(
            () -> new ComposeException("There was no " + kind + " found at '" + path + "'."));
  }

  static Optional<Path> locate(ComposeSite site, String path) {
    return java.util.stream.Stream.of(site.collections().resolve(path), site.source().resolve(path))
        .filter(Files::isRegularFile)
        .findFirst();
  }
}

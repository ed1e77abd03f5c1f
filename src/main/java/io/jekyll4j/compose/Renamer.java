package io.jekyll4j.compose;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * {@code rename}: gives a post, draft or page a new title and the file name that goes with it
 * (keeping a post's date, or setting a new one with {@code --date}/{@code --now}), editing only
 * the {@code title} and {@code date} lines. Unlike jekyll-compose it keeps the file's extension,
 * and a new title with the same slug just rewrites the file in place.
 */
public final class Renamer {
  private static final List<String> COMPOSE_ORDER = List.of("layout", "title", "date");

  private final ComposeSite site;

  public Renamer(ComposeSite site) {
    this.site = site;
  }

  /**
   * @param day the new date ({@code --date}); with {@code now}, the current time
   */
  public Written rename(
      String path, String title, Optional<LocalDate> day, boolean now, boolean force) {
    if (day.isPresent() && now) {
      throw new ComposeException("You can only specify one of --date DATE or --now.");
    }
    String slug = Titles.slug(title);
    Path parent = Path.of(path).getParent();
    String folder = parent == null ? "" : parent.getFileName().toString();
    String kind = folder.equals("_posts") ? "post" : folder.equals("_drafts") ? "draft" : "file";
    Path from =
        PostMover.locate(site, path)
            .orElseThrow(
                () -> new ComposeException("There was no " + kind + " found at '" + path + "'."));
    boolean touch = day.isPresent() || now;
    ZonedDateTime time = PostDates.time(site, day);
    String name = from.getFileName().toString();
    String extension = ComposeSite.extension(from);
    String newName =
        (kind.equals("post") ? (touch ? PostDates.day(time) : dateOf(name, path)) + "-" : "")
            + slug
            + (extension.isEmpty() ? "" : "." + extension);
    Path to = from.resolveSibling(newName);
    if (!to.equals(from)) {
      ComposeFiles.refuseExisting(to, kind, site.relative(to), force);
    }

    String text = ComposeFiles.read(from, path);
    Optional<FrontMatterDocument> doc = FrontMatterDocument.parse(site.relative(from), text);
    if (doc.isPresent()) {
      text = retitle(doc.get(), title, touch ? Optional.of(time) : Optional.empty()).text();
    }
    ComposeFiles.move(from, to, text, site.relative(to));
    return Written.moved(kind, kind, from, to);
  }

  private FrontMatterDocument retitle(
      FrontMatterDocument doc, String title, Optional<ZonedDateTime> time) {
    Conventions posts =
        Conventions.of(site.posts().stream().map(ComposeSite.SiteFile::document).toList());
    List<String> order = posts.isEmpty() ? COMPOSE_ORDER : posts.keyOrder();
    ScalarStyle titleStyle =
        doc.entry("title").map(FrontMatterEntry::style).orElse(posts.style("title"));
    FrontMatterDocument edited =
        doc.with("title", YamlScalars.render(title, titleStyle), order, posts.gap("title"));
    if (time.isPresent()) {
      Optional<FrontMatterEntry> old = doc.entry("date");
      String date =
          old.flatMap(e -> DateStyle.of(e.scalar()))
              .map(s -> YamlScalars.renderVerbatim(s.format(time.get()), old.get().style()))
              .orElseGet(() -> PostDates.written(time.get(), posts, Optional.empty()));
      edited = edited.with("date", date, order, posts.gap("date"));
    }
    return edited;
  }

  /** The date of a post's file name, written {@code yyyy-MM-dd}. */
  private static String dateOf(String name, String path) {
    Matcher m = ComposeSite.DATED_NAME.matcher(name);
    if (m.matches()) {
      try {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(
            LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("y-M-d")));
      } catch (DateTimeParseException e) {
        // falls through to the refusal below
      }
    }
    throw new ComposeException(
        "The post " + path + " has no date in its name: give one with --date or --now.");
  }
}

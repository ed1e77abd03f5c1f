package io.jekyll4j.compose;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The date of a new or published post, and how the site writes it. */
final class PostDates {
  private PostDates() {}

  /**
   * Now, or midnight of the given day in the site's time zone. (jekyll-compose writes a given
   * day as midnight UTC whatever the zone, which can move the post to the day before.)
   */
  static ZonedDateTime time(ComposeSite site, Optional<LocalDate> day) {
    return day.map(d -> d.atStartOfDay(site.zone())).orElseGet(site::now);
  }

  /** {@code yyyy-MM-dd}, the date in a post's file name. */
  static String day(ZonedDateTime time) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(time);
  }

  /** The {@code date} value as the site's posts write theirs (quoting included). */
  static String written(
      ZonedDateTime time, Conventions conventions, Optional<String> timestampFormat) {
    DateStyle style =
        timestampFormat
            .map(DateStyle::strftime)
            .orElseGet(() -> DateStyle.learn(dates(conventions)));
    return YamlScalars.renderVerbatim(style.format(time), conventions.style("date"));
  }

  private static List<String> dates(Conventions conventions) {
    return conventions.entries("date").stream()
        .filter(e -> e.kind() == FrontMatterEntry.Kind.SCALAR)
        .map(FrontMatterEntry::scalar)
        .toList();
  }
}

package io.jekyll4j.compose;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user asked of {@code page}, {@code post} or {@code draft}: a title and the options
 * that override what the site's existing files suggest.
 *
 * @param folder where a page goes ({@code --path}), relative to the source folder
 * @param date the post date ({@code --date}), else now
 * @param timestampFormat a Ruby strftime format for the {@code date} value
 */
public record PageRequest(
    String title,
    Optional<String> layout,
    Optional<String> folder,
    Optional<String> extension,
    Optional<LocalDate> date,
    Optional<String> timestampFormat,
    boolean force) {

  public PageRequest {
    extension = extension.map(e -> e.replaceFirst("^\\.+", "")).filter(e -> !e.isEmpty());
  }

  /** A request with nothing but a title. */
  public static PageRequest titled(String title) {
    return new PageRequest(
        title,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false);
  }
}

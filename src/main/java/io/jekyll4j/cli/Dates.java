package io.jekyll4j.cli;

import io.jekyll4j.compose.ComposeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the {@code --date} option of the compose commands. */
final class Dates {
  private Dates() {}

  static LocalDate day(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ComposeException("Invalid date '" + text + "': use YYYY-MM-DD.");
    }
  }
}

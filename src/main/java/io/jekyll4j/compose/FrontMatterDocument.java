package io.jekyll4j.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A text file with a front matter block, kept as its exact text: compose edits a key's value
 * (a title, a date) where it stands, so every other line, comment and quote of the author stays
 * as it was. Top-level keys are located by {@link FrontMatterReader}.
 */
final class FrontMatterDocument {
  private static final Pattern CLOSING = Pattern.compile("(---|\\.\\.\\.)\\s*");

  private final String fileName;
  private final String opening;
  private final List<String> lines;
  private final String closing;
  private final boolean closingNewline;
  private final String body;
  private final String newline;
  private final List<FrontMatterEntry> entries;

  private FrontMatterDocument(
      String fileName,
      String opening,
      List<String> lines,
      String closing,
      boolean closingNewline,
      String body,
      String newline) {
    this.fileName = fileName;
    this.opening = opening;
    this.lines = List.copyOf(lines);
    this.closing = closing;
    this.closingNewline = closingNewline;
    this.body = body;
    this.newline = newline;
    this.entries = FrontMatterReader.entries(fileName, this.lines);
  }

  /**
   * Reads {@code text} if it starts with a front matter block, as Jekyll decides it.
   *
   * @throws ComposeException naming {@code fileName} and the line when the YAML is broken
   */
  static Optional<FrontMatterDocument> parse(String fileName, String text) {
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    String[] all = text.replace("\r\n", "\n").split("\n", -1);
    if (all.length < 2 || !all[0].matches("---\\s*")) {
      return Optional.empty();
    }
    for (int i = 1; i < all.length; i++) {
      if (CLOSING.matcher(all[i]).matches()) {
        List<String> parts = List.of(all);
        boolean closingNewline = i + 1 < all.length;
        String body = String.join("\n", parts.subList(Math.min(i + 1, all.length), all.length));
        return Optional.of(
            new FrontMatterDocument(
                fileName, all[0], parts.subList(1, i), all[i], closingNewline, body, newline));
      }
    }
    return Optional.empty();
  }

  /** A new document made of front matter lines only, as jekyll-compose writes new files. */
  static FrontMatterDocument create(String fileName, List<String> lines) {
    return new FrontMatterDocument(fileName, "---", lines, "---", true, "", "\n");
  }

  String fileName() {
    return fileName;
  }

  List<FrontMatterEntry> entries() {
    return entries;
  }

  Optional<FrontMatterEntry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  List<String> keys() {
    return entries.stream().map(FrontMatterEntry::key).toList();
  }

  /** The file's full text. */
  String text() {
    StringBuilder out = new StringBuilder(opening).append('\n');
    lines.forEach(l -> out.append(l).append('\n'));
    out.append(closing);
    if (closingNewline) {
      out.append('\n').append(body);
    }
    String text = out.toString();
    return newline.equals("\n") ? text : text.replace("\n", newline);
  }

  /**
   * Sets {@code key} to the already rendered YAML {@code value}: in place when the key is there
   * (keeping its spacing and any comment after it), else on a new line placed by {@code order}
   * with {@code gap} after the colon.
   */
  FrontMatterDocument with(String key, String value, List<String> order, String gap) {
    Optional<FrontMatterEntry> existing = entry(key);
    List<String> edited = new ArrayList<>(lines);
    if (existing.isEmpty()) {
      edited.add(insertionLine(key, order), YamlScalars.psych(key) + ":" + gap + value);
    } else if (existing.get().inlineScalar()) {
      FrontMatterEntry e = existing.get();
      String line = edited.get(e.line());
      edited.set(
          e.line(), line.substring(0, e.valueStart()) + value + line.substring(e.valueEnd()));
    } else {
      FrontMatterEntry e = existing.get();
      String keyPart = edited.get(e.line()).substring(0, e.colon() + 1);
      edited.subList(e.line(), e.endLine()).clear();
      edited.add(e.line(), keyPart + e.gap() + value);
    }
    return edited(edited);
  }

  /** Drops {@code key} and its value lines. */
  FrontMatterDocument without(String key) {
    Optional<FrontMatterEntry> existing = entry(key);
    if (existing.isEmpty()) {
      return this;
    }
    List<String> edited = new ArrayList<>(lines);
    edited.subList(existing.get().line(), existing.get().endLine()).clear();
    return edited(edited);
  }

  private FrontMatterDocument edited(List<String> edited) {
    return new FrontMatterDocument(
        fileName, opening, edited, closing, closingNewline, body, newline);
  }

  /** Where a new key goes: after the nearest key that {@code order} puts before it. */
  private int insertionLine(String key, List<String> order) {
    int index = order.indexOf(key);
    if (index >= 0) {
      for (int i = index - 1; i >= 0; i--) {
        Optional<FrontMatterEntry> before = entry(order.get(i));
        if (before.isPresent()) {
          return before.get().endLine();
        }
      }
      for (int i = index + 1; i < order.size(); i++) {
        Optional<FrontMatterEntry> after = entry(order.get(i));
        if (after.isPresent()) {
          return after.get().line();
        }
      }
    }
    return entries.isEmpty() ? lines.size() : entries.get(entries.size() - 1).endLine();
  }
}

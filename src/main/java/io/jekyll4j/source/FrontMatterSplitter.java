package io.jekyll4j.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a file into its YAML front matter and body with Jekyll's rule ({@code ---} on the first
 * line, closed by {@code ---} or {@code ...}), recording the line where the body starts so that
 * Liquid line numbers can be reported in file terms.
 */
public final class FrontMatterSplitter {
  private FrontMatterSplitter() {}

  private static final Pattern HEADER = Pattern.compile("\\A---[ \\t]*\\r?\\n");
  // UNIX_LINES: like Ruby, only \n ends a line for ^ and $ (so a CRLF file loses its blank lines after the fence too).
  private static final Pattern BLOCK =
      Pattern.compile("\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)", Pattern.MULTILINE | Pattern.DOTALL | Pattern.UNIX_LINES);

  /** Front matter text (without the fences), body, and the 1-based line the body starts on. */
  public record Split(String yaml, String body, int bodyLine) {}

  /** Whether the text starts with a front-matter fence (Jekyll's {@code has_yaml_header?}). */
  public static boolean hasHeader(String text) {
    return HEADER.matcher(text).lookingAt();
  }

  /** The split, or empty when the text has no complete front matter block. */
  public static Optional<Split> split(String text) {
    Matcher m = BLOCK.matcher(text);
    if (!m.find()) return Optional.empty();
    String block = m.group(1);
    int firstNewline = block.indexOf('\n');
    String yaml = block.substring(firstNewline + 1);
    String body = text.substring(m.end());
    int line = 1;
    for (int i = 0; i < m.end(); i++) if (text.charAt(i) == '\n') line++;
    return Optional.of(new Split(yaml, body, line));
  }
}

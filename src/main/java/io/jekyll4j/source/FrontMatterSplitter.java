package io.jekyll4j.source;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a file into its YAML front matter and body with Jekyll's rule ({@code ---} on the first
 * line, closed by {@code ---} or {@code ...}), recording the line where the body starts so that
 * Liquid line numbers can be reported in file terms.
 */
public final class FrontMatterSplitter {
  private FrontMatterSplitter() {}

  private static final Pattern HEADER = Pattern.compile("\\A---[ \\t]*\\r?\\n");

  /** Front matter text (without the fences), body, and the 1-based line the body starts on. */
  public record Split(String yaml, String body, int bodyLine) {}

  /** Whether the text starts with a front-matter fence (Jekyll's {@code has_yaml_header?}). */
  public static boolean hasHeader(String text) {
    return HEADER.matcher(text).lookingAt();
  }

  /** The split, or empty when the text has no complete front matter block. */
  public static Optional<Split> split(String text) {
    int[] at = find(text);
    if (at == null) return Optional.empty();
    int fence = at[0];
    int end = at[1];
    String yaml = text.substring(text.indexOf('\n') + 1, fence);
    String body = text.substring(end);
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
    return Optional.of(new Split(yaml, body, line));
  }

  /**
   * Where Jekyll's {@code \A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)} (multiline, dot-all, only
   * {@code \n} ending a line) matches, without the regex (whose lazy loop costs more than the rest
   * of reading a post; FrontMatterSplitterTest compares the two): the start of the closing fence
   * and the end of the match, or null. The opening is {@code ---}, white space and the last line break in it; the closing fence is the
   * first line after it starting with {@code ---} or {@code ...} followed by white space up to a
   * line end (the white space may span blank lines; the match takes them and one line break).
   */
  static int[] find(String text) {
    if (!text.startsWith("---")) return null;
    int n = text.length();
    int ws = 3;
    int lastBreak = -1;
    while (ws < n && isSpace(text.charAt(ws))) {
      if (text.charAt(ws) == '\n') lastBreak = ws;
      ws++;
    }
    if (lastBreak < 0) return null;
    int lineStart = lastBreak + 1;
    while (lineStart < n) {
      if (text.startsWith("---", lineStart) || text.startsWith("...", lineStart)) {
        int end = fenceEnd(text, lineStart + 3);
        if (end >= 0) return new int[] {lineStart, end};
      }
      int next = text.indexOf('\n', lineStart);
      if (next < 0) return null;
      lineStart = next + 1;
    }
    return null;
  }

  /** {@code \s*$\n?} from {@code from}: where it ends, or -1. */
  private static int fenceEnd(String text, int from) {
    int n = text.length();
    int ws = from;
    int lastBreak = -1;
    while (ws < n && isSpace(text.charAt(ws))) {
      if (text.charAt(ws) == '\n') lastBreak = ws;
      ws++;
    }
    if (ws == n) return n;
    return lastBreak < 0 ? -1 : lastBreak + 1;
  }

  /** The regex {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}

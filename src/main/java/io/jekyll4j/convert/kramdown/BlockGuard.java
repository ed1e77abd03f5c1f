package io.jekyll4j.convert.kramdown;

/**
 * A necessary condition for a block rule's start pattern to match at a position, tested on a
 * character or two instead of running the pattern. kramdown tries every block rule's pattern at
 * the start of every block and the paragraph-end alternation at every paragraph line; most of
 * those attempts fail on the first character, so a guard that is false lets the parser skip the
 * pattern with the same outcome. A guard may be true where the pattern then fails, never false
 * where it would match.
 */
@FunctionalInterface
interface BlockGuard {
  boolean mayMatch(String s, int pos);

  /** {@link #mayMatch(String, int)} at the scanner's position. */
  default boolean mayMatch(Scanner src) {
    return mayMatch(src.string, src.pos);
  }

  BlockGuard ALWAYS = (s, pos) -> true;

  /** After at most three spaces comes one of {@code chars}. */
  static BlockGuard firstChar(String chars) {
    boolean[] ascii = new boolean[128];
    for (char c : chars.toCharArray()) {
      if (c >= 128) throw new IllegalArgumentException("not ASCII: " + c);
      ascii[c] = true;
    }
    return (s, pos) -> {
      int i = afterSpaces(s, pos);
      if (i >= s.length()) return false;
      char c = s.charAt(i);
      return c < 128 && ascii[c];
    };
  }

  /** For {@link Rx#HR_START}. */
  BlockGuard HR = firstChar("*-_");

  /** The position after at most three spaces. */
  static int afterSpaces(String s, int pos) {
    int end = Math.min(s.length(), pos + 3);
    int i = pos;
    while (i < end && s.charAt(i) == ' ') i++;
    return i;
  }

  /** The end of the line at {@code pos}: the index of its {@code \n}, or the string's length. */
  static int lineEnd(String s, int pos) {
    int nl = s.indexOf('\n', pos);
    return nl < 0 ? s.length() : nl;
  }

  /** The line at the position contains a pipe ({@code |}). */
  BlockGuard LINE_HAS_PIPE = new BlockGuard() {
    @Override
    public boolean mayMatch(String s, int pos) {
      int nl = s.indexOf('\n', pos);
      int bar = s.indexOf('|', pos);
      return bar >= 0 && (nl < 0 || bar < nl);
    }

    @Override
    public boolean mayMatch(Scanner src) {
      int bar = src.nextPipe();
      if (bar < 0) return false;
      int nl = src.string.indexOf('\n', src.pos);
      return nl < 0 || bar < nl;
    }
  };

  /**
   * For a setext header: the next line starts with {@code -} or {@code =} (or the line is empty,
   * where the pattern's first character class may take the newline itself).
   */
  BlockGuard SETEXT = (s, pos) -> {
    int i = afterSpaces(s, pos);
    if (i < s.length() && s.charAt(i) == '\n') return true;
    int nl = lineEnd(s, i);
    return nl + 1 < s.length() && (s.charAt(nl + 1) == '-' || s.charAt(nl + 1) == '=');
  };

  /**
   * For the paragraph and lazy-line end alternations (any mode): a blank line, an IAL, an
   * end-of-block marker, an HTML tag, a definition, list, header, quote or fence start, or the
   * end of the text ({@code \Z}).
   */
  BlockGuard PARAGRAPH_END = (s, pos) -> {
    int len = s.length();
    if (pos >= len - 1) return true;
    int i = afterSpaces(s, pos);
    return i < len && " \t\n\u000B\f\r{^<:+*-0123456789#>~`".indexOf(s.charAt(i)) >= 0;
  };
}

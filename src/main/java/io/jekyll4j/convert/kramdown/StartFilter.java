package io.jekyll4j.convert.kramdown;

/**
 * A cheap pre-test for kramdown's span scanning: the positions where some span rule (or the stop
 * pattern) could start. kramdown searches the text with one look-ahead alternation of all the
 * rules' start expressions, which the regex engine tries at every character; here only the few
 * candidate positions (a {@code *}, a {@code [}, a character before a quote, ...) are handed to
 * that alternation, so the result is the same and plain text is skipped at the cost of a table
 * look-up per character.
 */
final class StartFilter {
  private final boolean[] first = new boolean[128];
  private final boolean[] afterSpace = new boolean[128];
  private boolean beforeQuote;

  /**
   * Adds a rule's possible starts: any of {@code firstChars} (ASCII), a space followed by any of
   * {@code afterSpaceChars}, and with {@code beforeQuote} any character but a backslash that is
   * followed by a quote.
   */
  StartFilter add(String firstChars, String afterSpaceChars, boolean quote) {
    for (int i = 0; i < firstChars.length(); i++) first[firstChars.charAt(i)] = true;
    for (int i = 0; i < afterSpaceChars.length(); i++) afterSpace[afterSpaceChars.charAt(i)] = true;
    beforeQuote |= quote;
    return this;
  }

  /** The first candidate position at or after {@code from}, or -1. */
  int next(String s, int from) {
    int len = s.length();
    for (int i = from; i < len; i++) if (at(s, i)) return i;
    return -1;
  }

  /** Whether position {@code i} is a candidate. */
  boolean at(String s, int i) {
    int len = s.length();
    if (i >= len) return false;
    char c = s.charAt(i);
    if (c < 128) {
      if (first[c]) return true;
      if (c == ' ' && i + 1 < len && s.charAt(i + 1) < 128 && afterSpace[s.charAt(i + 1)]) return true;
    }
    if (beforeQuote && c != '\\') {
      int n = i + 1;
      if (Character.isHighSurrogate(c) && n < len && Character.isLowSurrogate(s.charAt(n))) n++;
      return n < len && (s.charAt(n) == '"' || s.charAt(n) == '\'');
    }
    return false;
  }
}

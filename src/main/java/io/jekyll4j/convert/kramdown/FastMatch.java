package io.jekyll4j.convert.kramdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching without the regex engine for the few patterns the span rules try most often: a quoted
 * literal ({@code \Qtext\E}, as {@link Pattern#quote} writes it: emphasis and code span
 * delimiters), optionally followed by a negative look-ahead of another quoted literal (the
 * doubled emphasis delimiter), and kramdown's emphasis start {@code (?:\*\*?|__?)}. Each gives
 * the same match as the pattern run by {@link Scanner} (anchored at the position, the region
 * ending at the string's end).
 */
final class FastMatch {
  private static final Pattern QUOTED = Pattern.compile("\\\\Q((?:(?!\\\\E).)+)\\\\E(?:\\(\\?!\\\\Q((?:(?!\\\\E).)+)\\\\E\\))?", Pattern.DOTALL);
  private static final int UNSAFE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL;

  /** The literal matched, or null for the emphasis start. */
  final String literal;
  /** The literal that must not follow it, or null. */
  private final String notFollowedBy;

  private FastMatch(String literal, String notFollowedBy) {
    this.literal = literal;
    this.notFollowedBy = notFollowedBy;
  }

  /** How to match {@code p} without a matcher, or null when it must be run. */
  static FastMatch of(Pattern p) {
    if (p == InlineRules.EMPHASIS_START) return new FastMatch(null, null);
    if ((p.flags() & UNSAFE_FLAGS) != 0) return null;
    Matcher m = QUOTED.matcher(p.pattern());
    if (!m.matches()) return null;
    return new FastMatch(m.group(1), m.group(2));
  }

  /** The text the pattern matches at {@code pos} of {@code s}, or null. */
  String matchAt(String s, int pos) {
    if (literal == null) {
      if (pos >= s.length()) return null;
      char c = s.charAt(pos);
      if (c != '*' && c != '_') return null;
      boolean twice = pos + 1 < s.length() && s.charAt(pos + 1) == c;
      return c == '*' ? (twice ? "**" : "*") : (twice ? "__" : "_");
    }
    if (!s.startsWith(literal, pos)) return null;
    if (notFollowedBy != null && s.startsWith(notFollowedBy, pos + literal.length())) return null;
    return literal;
  }

  /** Where the literal pattern next matches at or after {@code from}, or -1. */
  int find(String s, int from) {
    for (int i = s.indexOf(literal, from); i >= 0; i = s.indexOf(literal, i + 1)) {
      if (notFollowedBy == null || !s.startsWith(notFollowedBy, i + literal.length())) return i;
    }
    return -1;
  }
}

package io.jekyll4j.convert.kramdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching without the regex engine for the patterns kramdown's rules try most often, each giving
 * the same match and groups as the pattern run by {@link Scanner} (anchored at the position, the
 * region ending at the string's end, MULTILINE and UNIX_LINES): a quoted literal ({@code
 * \Qtext\E}, as {@link Pattern#quote} writes it: emphasis and code span delimiters), optionally
 * followed by a negative look-ahead of another quoted literal (the doubled emphasis delimiter);
 * the emphasis start, a backtick run, the link start and the link's bracket stop; blank lines; and
 * the list item starts. Under C1 a regex attempt costs a matcher reset and a chain of node calls
 * per character, which was most of the converter's time for these.
 */
final class FastMatch {
  private static final Pattern QUOTED = Pattern.compile(
      "\\\\Q((?:(?!\\\\E).)+)\\\\E(?:\\(\\?!\\\\Q((?:(?!\\\\E).)+)\\\\E\\))?", Pattern.DOTALL);
  private static final Pattern LIST_ITEM = Pattern.compile(
      "\\^\\( \\{0(?:,([0-3]))?\\}(\\[\\+\\*-\\]|\\\\d\\+\\\\\\.|:)\\)\\(" + Pattern.quote(Rx.PATTERN_TAIL) + "\\)");
  private static final int UNSAFE_FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL | Pattern.UNICODE_CHARACTER_CLASS;
  private static final int STANDARD_FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES;

  private enum Kind { LITERAL, EMPHASIS, BACKTICKS, LINK_START, LINK_STOP, LINK_PAREN, BLANK, LIST_ITEM, LIST_ANY }

  private final Kind kind;
  /** The literal matched (LITERAL). */
  final String literal;
  /** The literal that must not follow it, or null (LITERAL). */
  private final String notFollowedBy;
  /** LIST_ITEM: the most spaces before the marker, and the marker: '-' for [+*-], '1' for \d+\., ':'. */
  private final int maxSpaces;
  private final char marker;

  private FastMatch(Kind kind, String literal, String notFollowedBy, int maxSpaces, char marker) {
    this.kind = kind;
    this.literal = literal;
    this.notFollowedBy = notFollowedBy;
    this.maxSpaces = maxSpaces;
    this.marker = marker;
  }

  private static FastMatch of(Kind kind) {
    return new FastMatch(kind, null, null, 0, ' ');
  }

  /** How to match {@code p} without a matcher, or null when it must be run. */
  static FastMatch of(Pattern p) {
    if (p == InlineRules.EMPHASIS_START) return of(Kind.EMPHASIS);
    if (p == InlineRules.CODESPAN_DELIMITER) return of(Kind.BACKTICKS);
    if (p == InlineRules.LINK_START) return of(Kind.LINK_START);
    if (p == LinkRules.LINK_BRACKET_STOP) return of(Kind.LINK_STOP);
    if (p == LinkRules.LINK_PAREN_STOP) return of(Kind.LINK_PAREN);
    if (p == Rx.BLANK_LINE) return of(Kind.BLANK);
    if (p == Rx.LIST_START) return of(Kind.LIST_ANY);
    if ((p.flags() & UNSAFE_FLAGS) != 0) return null;
    Matcher m = QUOTED.matcher(p.pattern());
    if (m.matches()) return new FastMatch(Kind.LITERAL, m.group(1), m.group(2), 0, ' ');
    m = LIST_ITEM.matcher(p.pattern());
    if (p.flags() == STANDARD_FLAGS && m.matches()) {
      char marker = m.group(2).equals(":") ? ':' : m.group(2).startsWith("[") ? '-' : '1';
      return new FastMatch(Kind.LIST_ITEM, null, null, m.group(1) == null ? 0 : m.group(1).charAt(0) - '0', marker);
    }
    return null;
  }

  boolean isLiteral() {
    return kind == Kind.LITERAL;
  }

  /** Whether {@link #search} may be used (a search by {@link #matchAt} at each candidate). */
  boolean searchable() {
    return kind == Kind.LINK_PAREN;
  }

  /** The first position at or after {@code from} where {@link #matchAt} matches, or -1. */
  int search(String s, int from) {
    for (int i = from, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if ((c == '(' || c == ')' || InlineRules.isSpace(c)) && matchAt(s, i) != null) return i;
    }
    return -1;
  }

  /**
   * The match at {@code pos} of {@code s}: its text then its groups (null for a group that did not
   * take part), or null when the pattern does not match there.
   */
  String[] matchAt(String s, int pos) {
    int len = s.length();
    switch (kind) {
      case LITERAL -> {
        if (!s.startsWith(literal, pos)) return null;
        if (notFollowedBy != null && s.startsWith(notFollowedBy, pos + literal.length())) return null;
        return new String[] {literal};
      }
      case EMPHASIS -> {
        if (pos >= len) return null;
        char c = s.charAt(pos);
        if (c != '*' && c != '_') return null;
        boolean twice = pos + 1 < len && s.charAt(pos + 1) == c;
        return new String[] {c == '*' ? (twice ? "**" : "*") : (twice ? "__" : "_")};
      }
      case BACKTICKS -> {
        int i = pos;
        while (i < len && s.charAt(i) == '`') i++;
        return i == pos ? null : new String[] {s.substring(pos, i)};
      }
      case LINK_START -> {
        // !?\[(?=[^^])
        int b = pos < len && s.charAt(pos) == '!' && pos + 1 < len && s.charAt(pos + 1) == '[' ? pos + 1 : pos;
        if (b >= len || s.charAt(b) != '[' || b + 1 >= len || s.charAt(b + 1) == '^') return null;
        return new String[] {b == pos ? "[" : "!["};
      }
      case LINK_STOP -> {
        // (\])|!?\[
        if (pos >= len) return null;
        char c = s.charAt(pos);
        if (c == ']') return new String[] {"]", "]"};
        if (c == '[') return new String[] {"[", null};
        if (c == '!' && pos + 1 < len && s.charAt(pos + 1) == '[') return new String[] {"![", null};
        return null;
      }
      case LINK_PAREN -> {
        // (\()|(\))|\s(?=['"])
        if (pos >= len) return null;
        char c = s.charAt(pos);
        if (c == '(') return new String[] {"(", "(", null};
        if (c == ')') return new String[] {")", null, ")"};
        if (InlineRules.isSpace(c) && pos + 1 < len && (s.charAt(pos + 1) == '\'' || s.charAt(pos + 1) == '"')) {
          return new String[] {String.valueOf(c), null, null};
        }
        return null;
      }
      case BLANK -> {
        int end = blankLinesEnd(s, pos);
        return end < 0 ? null : new String[] {s.substring(pos, end)};
      }
      case LIST_ITEM -> {
        return listItem(s, pos, maxSpaces, marker);
      }
      case LIST_ANY -> {
        String[] ul = listItem(s, pos, 3, '-');
        if (ul != null) return new String[] {ul[0], ul[1], ul[2], null, null};
        String[] ol = listItem(s, pos, 3, '1');
        if (ol != null) return new String[] {ol[0], null, null, ol[1], ol[2]};
        return null;
      }
      default -> throw new IllegalStateException(kind.name());
    }
  }

  /**
   * Where {@code (?>^\s*\n)+} matching at {@code pos} ends, or -1: the white space run there is
   * taken up to its last new line (Java's {@code \s}: space, tab, new line, VT, FF, CR).
   */
  static int blankLinesEnd(String s, int pos) {
    int end = -1;
    for (int i = pos, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c == '\n') end = i + 1;
      else if (c != ' ' && c != '\t' && c != 0x0B && c != '\f' && c != '\r') break;
    }
    return end;
  }

  /** {@code ^( {0,max}M)([\t| ][^\n]*\n)} for a marker M ([+*-], \d+\. or :). */
  private static String[] listItem(String s, int pos, int max, char marker) {
    int len = s.length();
    int i = pos;
    while (i < len && i - pos < max && s.charAt(i) == ' ') i++;
    if (i >= len) return null;
    char c = s.charAt(i);
    if (marker == '-') {
      if (c != '+' && c != '*' && c != '-') return null;
      i++;
    } else if (marker == '1') {
      int d = i;
      while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
      if (i == d || i >= len || s.charAt(i) != '.') return null;
      i++;
    } else {
      if (c != marker) return null;
      i++;
    }
    if (i >= len) return null;
    char t = s.charAt(i);
    if (t != '\t' && t != '|' && t != ' ') return null;
    int nl = s.indexOf('\n', i + 1);
    if (nl < 0) return null;
    return new String[] {s.substring(pos, nl + 1), s.substring(pos, i), s.substring(i, nl + 1)};
  }

  /** Where the literal pattern next matches at or after {@code from}, or -1. */
  int find(String s, int from) {
    for (int i = s.indexOf(literal, from); i >= 0; i = s.indexOf(literal, i + 1)) {
      if (notFollowedBy == null || !s.startsWith(notFollowedBy, i + literal.length())) return i;
    }
    return -1;
  }
}

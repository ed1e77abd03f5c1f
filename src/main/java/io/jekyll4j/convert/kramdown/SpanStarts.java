package io.jekyll4j.convert.kramdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The span rules' start expressions (the {@code spanStart} of each rule in {@link SpanRules})
 * evaluated by hand on the scanner's characters: {@link #at} is true exactly where kramdown's
 * look-ahead alternation of those expressions matches. The span loop then needs no regex to find
 * the next place to stop (only the stop pattern is run, and only where its first character is),
 * and a rule's own start pattern, which never matches where its span start does not, is tried
 * only where {@link #at} with that rule's bit holds.
 */
final class SpanStarts {
  static final int EMPHASIS = 1;
  static final int CODESPAN = 1 << 1;
  static final int ANGLE = 1 << 2; // autolink, span_html
  static final int FOOTNOTE = 1 << 3;
  static final int LINK = 1 << 4;
  static final int QUOTES = 1 << 5;
  static final int MATH = 1 << 6;
  static final int EXTENSIONS = 1 << 7;
  static final int ENTITY = 1 << 8;
  static final int TYPOGRAPHIC = 1 << 9;
  static final int LINE_BREAK = 1 << 10;
  static final int ESCAPED = 1 << 11;
  static final int STRIKETHROUGH = 1 << 12;

  /** The rules' bits. */
  final int rules;
  /** The characters the stop pattern can start with (empty without a stop pattern). */
  private final char[] stopFirst;
  final Pattern stop;
  /** Characters that may start a rule or the stop pattern (any character may precede a quote). */
  final boolean[] candidate = new boolean[128];

  private SpanStarts(int rules, char[] stopFirst, Pattern stop) {
    this.rules = rules;
    this.stopFirst = stopFirst;
    this.stop = stop;
    String[] firsts = {"*_", "`", "<", "[", "![", "\"'", "$", "{", "&", "-.\\<> ", "\\ ", "\\", "~"};
    for (int b = 0; b < firsts.length; b++) {
      if ((rules & (1 << b)) != 0) for (char c : firsts[b].toCharArray()) candidate[c] = true;
    }
    for (char c : stopFirst) if (c < 128) candidate[c] = true;
  }

  /** The bit of a span rule, or 0 for a name this class does not know. */
  static int bit(String rule) {
    return switch (rule) {
      case "emphasis" -> EMPHASIS;
      case "codespan" -> CODESPAN;
      case "autolink", "span_html" -> ANGLE;
      case "footnote_marker" -> FOOTNOTE;
      case "link" -> LINK;
      case "smart_quotes" -> QUOTES;
      case "inline_math" -> MATH;
      case "span_extensions" -> EXTENSIONS;
      case "html_entity" -> ENTITY;
      case "typographic_syms" -> TYPOGRAPHIC;
      case "line_break" -> LINE_BREAK;
      case "escaped_chars" -> ESCAPED;
      case "strikethrough_gfm" -> STRIKETHROUGH;
      default -> 0;
    };
  }

  /**
   * The starts of these rules and this stop pattern, or null when a rule is unknown or the stop
   * pattern is not one of the forms the span rules use (a quoted delimiter, a closing HTML tag,
   * the link's bracket stop), whose first characters are known.
   */
  static SpanStarts of(List<String> names, Pattern stop) {
    int bits = 0;
    for (String n : names) {
      int b = bit(n);
      if (b == 0) return null;
      bits |= b;
    }
    char[] first;
    if (stop == null) {
      first = new char[0];
    } else {
      String s = stop.pattern();
      if (s.startsWith("\\Q") && s.length() > 2 && !s.startsWith("\\Q\\E")) first = new char[] {s.charAt(2)};
      else if (s.startsWith("</")) first = new char[] {'<'};
      else if (s.equals("(\\])|!?\\[")) first = new char[] {']', '!', '['};
      else return null;
      for (char f : first) if (f >= 128) return null;
    }
    return new SpanStarts(bits, first, stop);
  }

  /** Whether the stop pattern may start with {@code c}. */
  boolean stopMayStart(char c) {
    for (char f : stopFirst) if (f == c) return true;
    return false;
  }

  /** Whether one of the rules' span starts matches at {@code i}, or the stop pattern may. */
  boolean candidate(char[] s, int i, int len) {
    char c = s[i];
    if (c < 128 && candidate[c]) return true;
    if ((rules & QUOTES) == 0 || c == '\\') return false;
    return quoteAfter(s, i, len);
  }

  /** Whether a quote follows the character at {@code i} (after a surrogate pair, its second half). */
  static boolean quoteAfter(char[] s, int i, int len) {
    int n = i + 1;
    if (Character.isHighSurrogate(s[i]) && n < len && Character.isLowSurrogate(s[n])) n++;
    return n < len && (s[n] == '"' || s[n] == '\'');
  }

  /** Whether the span start of one of the rules in {@code bits} matches at {@code i}. */
  static boolean at(int bits, char[] s, int i, int len) {
    int n1 = i + 1 < len ? s[i + 1] : -1;
    int n2 = i + 2 < len ? s[i + 2] : -1;
    char c = s[i];
    if (at(bits, c, n1, n2)) return true;
    if ((bits & QUOTES) == 0 || c == '\\') return false;
    return quoteAfter(s, i, len);
  }

  /**
   * Whether the start pattern of the rule with bit {@code bit} may match at {@code i}: its span
   * start matches there, and for footnote markers and links the next character fits too
   * ({@code \\[\\^} and {@code !?\\[(?=[^^])}).
   */
  static boolean ruleMayStart(int bit, char[] s, int i, int len) {
    if (!at(bit, s, i, len)) return false;
    if (bit == FOOTNOTE) return i + 1 < len && s[i + 1] == '^';
    if (bit == LINK) {
      int b = s[i] == '!' ? i + 1 : i;
      return b + 1 < len && s[b + 1] != '^';
    }
    return true;
  }

  /** {@link #at} for a character and the next two (-1 past the end), quotes after it aside. */
  private static boolean at(int bits, char c, int n1, int n2) {
    switch (c) {
      case '*', '_':
        return (bits & EMPHASIS) != 0;
      case '`':
        return (bits & CODESPAN) != 0;
      case '<':
        return (bits & ANGLE) != 0 || ((bits & TYPOGRAPHIC) != 0 && n1 == '<');
      case '[':
        return (bits & (FOOTNOTE | LINK)) != 0;
      case '!':
        return (bits & LINK) != 0 && n1 == '[';
      case '"', '\'':
        return (bits & QUOTES) != 0;
      case '$':
        return (bits & MATH) != 0;
      case '{':
        return (bits & EXTENSIONS) != 0 && n1 == ':';
      case '&':
        return (bits & ENTITY) != 0;
      case '-':
        return (bits & TYPOGRAPHIC) != 0 && n1 == '-';
      case '.':
        return (bits & TYPOGRAPHIC) != 0 && n1 == '.' && n2 == '.';
      case '>':
        return (bits & TYPOGRAPHIC) != 0 && n1 == '>';
      case '\\':
        return (bits & ESCAPED) != 0
            || ((bits & TYPOGRAPHIC) != 0 && ((n1 == '<' && n2 == '<') || (n1 == '>' && n2 == '>')))
            || ((bits & LINE_BREAK) != 0 && n1 == '\\' && n2 == '\n');
      case ' ':
        return ((bits & TYPOGRAPHIC) != 0 && ((n1 == '<' && n2 == '<') || (n1 == '>' && n2 == '>')))
            || ((bits & LINE_BREAK) != 0 && n1 == ' ' && n2 == '\n');
      case '~':
        return (bits & STRIKETHROUGH) != 0 && n1 == '~';
      default:
        return false;
    }
  }
}

package io.jekyll4j.convert.kramdown;

import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A string scanner with the semantics of Ruby's {@code StringScanner}, which kramdown's rules are
 * written against: patterns are matched against the rest of the string, so {@code ^} and
 * {@code \A} match at the current position (even in the middle of a line) and look-behind does
 * not see the text before it; {@link #preMatch()} is still taken from the whole string.
 */
final class Scanner {
  final String string;
  /** The string's characters (made at the first use): scanned without String.charAt's checks. */
  private char[] chars;
  int pos;
  private Slot last;
  /**
   * The text and groups of the last match when it was made without a matcher ({@link
   * Slot#fast}); null otherwise.
   */
  private String[] lastGroups;
  private int lastStart;
  private final MatcherPool pool;

  Scanner(String string) {
    this(string, new MatcherPool());
  }

  /** A scanner sharing matchers with other scanners (see {@link MatcherPool}). */
  Scanner(String string, MatcherPool pool) {
    this.string = string;
    this.pool = pool;
  }

  /** A matcher and the string it is currently reset to. */
  static final class Slot {
    final Matcher m;
    String text;
    /** How to match the pattern without its matcher, or null. */
    final FastMatch fast;

    Slot(Matcher m, String text) {
      this.m = m;
      this.text = text;
      this.fast = FastMatch.of(m.pattern());
    }
  }

  /** Compiles a pattern with the flags every kramdown rule assumes. */
  static Pattern re(String regex) {
    return Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES);
  }

  static Pattern reDotAll(String regex) {
    return Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.DOTALL);
  }

  private Slot slot(Pattern p) {
    Slot s = pool.idle.get(p);
    if (s == null) {
      Matcher m = p.matcher(string);
      m.useAnchoringBounds(true);
      m.useTransparentBounds(false);
      s = new Slot(m, string);
      pool.idle.put(p, s);
    }
    return s;
  }

  private Slot at(Pattern p) {
    return at(slot(p));
  }

  private Slot at(Slot s) {
    if (s.text != string) {
      s.m.reset(string);
      s.text = string;
    }
    s.m.region(pos, string.length());
    return s;
  }

  private void matched(Pattern p, Slot s, int start) {
    pool.idle.remove(p);
    if (last != null && last != s) pool.idle.putIfAbsent(last.m.pattern(), last);
    last = s;
    lastGroups = null;
    lastStart = start;
  }

  /** Records a match made without a matcher: its text and groups, from {@code start}. */
  private void matchedFast(String[] groups, int start) {
    if (last != null) {
      pool.idle.putIfAbsent(last.m.pattern(), last);
      last = null;
    }
    lastGroups = groups;
    lastStart = start;
  }

  boolean eos() {
    return pos >= string.length();
  }

  /** Matches at the position without advancing. */
  boolean check(Pattern p) {
    Slot s = slot(p);
    if (s.fast != null) {
      String[] g = s.fast.matchAt(string, pos);
      if (g == null) return false;
      matchedFast(g, pos);
      return true;
    }
    at(s);
    if (s.m.lookingAt()) {
      matched(p, s, pos);
      return true;
    }
    return false;
  }

  /** Matches at the position and advances over the match; null when no match. */
  String scan(Pattern p) {
    if (!check(p)) return null;
    if (last == null) {
      pos = lastStart + lastGroups[0].length();
      return lastGroups[0];
    }
    String s = last.m.group();
    pos = last.m.end();
    return s;
  }

  /** Searches from the position; returns the text up to the match end and advances there. */
  String scanUntil(Pattern p) {
    Slot s = slot(p);
    if (s.fast != null && s.fast.isLiteral()) {
      int i = s.fast.find(string, pos);
      if (i < 0) return null;
      String lit = s.fast.literal;
      matchedFast(new String[] {lit}, i);
      String text = string.substring(pos, i + lit.length());
      pos = i + lit.length();
      return text;
    }
    if (s.fast != null && s.fast.searchable()) {
      int i = s.fast.search(string, pos);
      if (i < 0) return null;
      String[] g = s.fast.matchAt(string, i);
      matchedFast(g, i);
      String text = string.substring(pos, i + g[0].length());
      pos = i + g[0].length();
      return text;
    }
    at(s);
    Matcher m = s.m;
    if (!m.find()) return null;
    matched(p, s, m.start());
    String text = string.substring(pos, m.end());
    pos = m.end();
    return text;
  }

  /**
   * Whether {@code \\s} (Java's, without UNICODE_CHARACTER_CLASS) matches at the position: a
   * check of that one-character pattern without running it; records no match.
   */
  boolean spaceAhead() {
    return pos < string.length() && InlineRules.isSpace(string.charAt(pos));
  }

  /**
   * Whether {@link Rx#PARAGRAPH_START} ({@code ^ {0,3}[^ \\t][^\\n]*\\n}) matches at the position,
   * decided without running it; records no match (the paragraph rule reads none).
   */
  boolean paragraphStartAhead() {
    String s = string;
    int len = s.length();
    int i = pos;
    int end = Math.min(len, pos + 3);
    while (i < end && s.charAt(i) == ' ') i++;
    if (i >= len || s.charAt(i) == ' ' || s.charAt(i) == '\t') return false;
    return s.indexOf('\n', i + 1) >= 0;
  }

  /** Memo of {@link #nextPipe}: the first "|" at or after {@code pipeFrom} is at {@code pipeAt}. */
  private int pipeFrom = -1;
  private int pipeAt;

  /** The index of the first "|" at or after the position, or -1 (the string searched once per pipe). */
  int nextPipe() {
    if (pipeFrom < 0 || pos < pipeFrom || (pipeAt >= 0 && pipeAt < pos)) {
      pipeFrom = pos;
      pipeAt = string.indexOf('|', pos);
    }
    return pipeAt;
  }

  /** The character at the position, or -1 at the end. */
  int peek() {
    return pos < string.length() ? string.charAt(pos) : -1;
  }

  /** The string's characters; the array must not be changed. */
  char[] chars() {
    char[] c = chars;
    if (c == null) chars = c = string.toCharArray();
    return c;
  }

  /**
   * The next position at or after the current one where one of the span starts matches or the
   * stop pattern does: where kramdown's look-ahead alternation of them ({@code (?=stop|starts)})
   * first matches, or -1. Records no match.
   */
  int nextSpanStart(SpanStarts starts) {
    char[] s = chars();
    int len = s.length;
    Pattern stop = starts.stop;
    int rules = starts.rules;
    boolean[] candidate = starts.candidate;
    boolean quotes = (rules & SpanStarts.QUOTES) != 0;
    // SpanStarts.candidate and then SpanStarts.at, written out: one table look-up per character
    for (int i = pos; i < len; i++) {
      char c = s[i];
      if (c < 128 && candidate[c]) {
        // a position where only the stop pattern's first character fits is returned too: the span
        // loop then finds that neither the stop nor a rule matches there and takes one character
        // as text, into the same text element, as if the search had gone past it
        if (SpanStarts.at(rules, s, i, len) || (stop != null && starts.stopMayStart(c))) return i;
      } else if (quotes && c != '\\' && SpanStarts.quoteAfter(s, i, len)) {
        // no rule starts with c: only the smart quotes' [^\\]?["'] can match, before a quote
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code scan(/^.*?\n/)} (the rest of the line with its newline; null without one), without
   * running a pattern; it records no match for {@link #group}.
   */
  String scanLine() {
    int nl = string.indexOf('\n', pos);
    if (nl < 0) return null;
    String s = string.substring(pos, nl + 1);
    pos = nl + 1;
    return s;
  }

  /** Memo slots: the last "]", the last "[^", then the emphasis rule's (see InlineRules). */
  static final int LAST_CLOSE_BRACKET = 0;
  static final int LAST_FOOTNOTE_START = 1;
  static final int EMPHASIS_SLOTS = 2;
  private static final int SLOTS = EMPHASIS_SLOTS + 8;
  private static final int UNSET = Integer.MIN_VALUE;
  private int[] memo;

  /** {@code f} of the whole string, computed once per slot for this scanner. */
  int memo(int slot, ToIntFunction<String> f) {
    if (memo == null) {
      memo = new int[SLOTS];
      java.util.Arrays.fill(memo, UNSET);
    }
    if (memo[slot] == UNSET) memo[slot] = f.applyAsInt(string);
    return memo[slot];
  }

  /** The string's last "]" (-1 if none), computed once. */
  int lastCloseBracket() {
    return memo(LAST_CLOSE_BRACKET, s -> s.lastIndexOf(']'));
  }

  /** The string's last "[^" (-1 if none), computed once. */
  int lastFootnoteStart() {
    return memo(LAST_FOOTNOTE_START, s -> s.lastIndexOf("[^"));
  }

  String group(int i) {
    if (last == null && lastGroups != null) {
      if (i >= 0 && i < lastGroups.length) return lastGroups[i];
      throw new IndexOutOfBoundsException("No group " + i);
    }
    return last.m.group(i);
  }

  String group(String name) {
    if (last == null && lastGroups != null) throw new IllegalArgumentException("No group with name <" + name + ">");
    return last.m.group(name);
  }

  String matched() {
    return last == null && lastGroups != null ? lastGroups[0] : last.m.group();
  }

  int matchedSize() {
    return last == null && lastGroups != null ? lastGroups[0].length() : last.m.end() - last.m.start();
  }

  /** The text before the last match (from the string's start, as Ruby's pre_match). */
  String preMatch() {
    return string.substring(0, lastStart);
  }

  /** Where the last match started: {@link #preMatch()} is the text before this index. */
  int preMatchEnd() {
    return lastStart;
  }

  String rest() {
    return string.substring(pos);
  }

  String getch() {
    if (eos()) return "";
    int cp = string.codePointAt(pos);
    String s = new String(Character.toChars(cp));
    pos += s.length();
    return s;
  }

  void terminate() {
    pos = string.length();
  }
}

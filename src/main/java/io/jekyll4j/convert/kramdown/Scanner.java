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
  int pos;
  private Slot last;
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

    Slot(Matcher m, String text) {
      this.m = m;
      this.text = text;
    }
  }

  /** Compiles a pattern with the flags every kramdown rule assumes. */
  static Pattern re(String regex) {
    return Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES);
  }

  static Pattern reDotAll(String regex) {
    return Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.DOTALL);
  }

  private Slot at(Pattern p) {
    Slot s = pool.idle.get(p);
    if (s == null) {
      Matcher m = p.matcher(string);
      m.useAnchoringBounds(true);
      m.useTransparentBounds(false);
      s = new Slot(m, string);
      pool.idle.put(p, s);
    } else if (s.text != string) {
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
    lastStart = start;
  }

  boolean eos() {
    return pos >= string.length();
  }

  /** Matches at the position without advancing. */
  boolean check(Pattern p) {
    Slot s = at(p);
    if (s.m.lookingAt()) {
      matched(p, s, pos);
      return true;
    }
    return false;
  }

  /** Matches at the position and advances over the match; null when no match. */
  String scan(Pattern p) {
    if (!check(p)) return null;
    String s = last.m.group();
    pos = last.m.end();
    return s;
  }

  /** Searches from the position; returns the text up to the match end and advances there. */
  String scanUntil(Pattern p) {
    Slot s = at(p);
    Matcher m = s.m;
    if (!m.find()) return null;
    matched(p, s, m.start());
    String text = string.substring(pos, m.end());
    pos = m.end();
    return text;
  }

  /**
   * {@link #scanUntil} for a zero-width pattern without backward-looking parts (no {@code ^},
   * {@code \b} or look-behind), tried only at the positions {@code filter} allows: the same
   * result, found without running the pattern at every character.
   */
  String scanUntil(Pattern p, StartFilter filter) {
    int i = filter.next(string, pos);
    if (i < 0) return null;
    Slot s = at(p);
    Matcher m = s.m;
    for (; i >= 0; i = filter.next(string, i + 1)) {
      m.region(i, string.length());
      if (m.lookingAt()) {
        matched(p, s, i);
        String text = string.substring(pos, m.end());
        pos = m.end();
        return text;
      }
    }
    return null;
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
    return last.m.group(i);
  }

  String group(String name) {
    return last.m.group(name);
  }

  String matched() {
    return last.m.group();
  }

  int matchedSize() {
    return last.m.end() - last.m.start();
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

package io.jekyll4j.convert.kramdown;

import java.util.IdentityHashMap;
import java.util.Map;
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
  private Matcher last;
  private int lastStart;

  Scanner(String string) {
    this.string = string;
  }

  /** Compiles a pattern with the flags every kramdown rule assumes. */
  static Pattern re(String regex) {
    return Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES);
  }

  static Pattern reDotAll(String regex) {
    return Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.DOTALL);
  }

  /**
   * Matchers for this string by pattern, reused across attempts (most rule attempts fail, and
   * allocating a matcher per attempt was a large share of parsing time). The matcher of the last
   * successful match is taken out of the pool until another match replaces it, so that its
   * groups stay readable.
   */
  private final Map<Pattern, Matcher> idle = new IdentityHashMap<>();

  private Matcher at(Pattern p) {
    Matcher m = idle.get(p);
    if (m == null) {
      m = p.matcher(string);
      m.useAnchoringBounds(true);
      m.useTransparentBounds(false);
      idle.put(p, m);
    }
    m.region(pos, string.length());
    return m;
  }

  private void matched(Pattern p, Matcher m, int start) {
    idle.remove(p);
    if (last != null && last != m) idle.putIfAbsent(last.pattern(), last);
    last = m;
    lastStart = start;
  }

  boolean eos() {
    return pos >= string.length();
  }

  /** Matches at the position without advancing. */
  boolean check(Pattern p) {
    Matcher m = at(p);
    if (m.lookingAt()) {
      matched(p, m, pos);
      return true;
    }
    return false;
  }

  /** Matches at the position and advances over the match; null when no match. */
  String scan(Pattern p) {
    if (!check(p)) return null;
    String s = last.group();
    pos = last.end();
    return s;
  }

  /** Searches from the position; returns the text up to the match end and advances there. */
  String scanUntil(Pattern p) {
    Matcher m = at(p);
    if (!m.find()) return null;
    matched(p, m, m.start());
    String s = string.substring(pos, m.end());
    pos = m.end();
    return s;
  }

  /**
   * {@link #scanUntil} for a zero-width pattern without backward-looking parts (no {@code ^},
   * {@code \\b} or look-behind), tried only at the positions {@code filter} allows: the same
   * result, found without running the pattern at every character.
   */
  String scanUntil(Pattern p, StartFilter filter) {
    int i = pos;
    while ((i = filter.next(string, i)) >= 0) {
      Matcher m = at(p);
      m.region(i, string.length());
      if (m.lookingAt()) {
        matched(p, m, i);
        String s = string.substring(pos, m.end());
        pos = m.end();
        return s;
      }
      i++;
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

  String group(int i) {
    return last.group(i);
  }

  String group(String name) {
    return last.group(name);
  }

  String matched() {
    return last.group();
  }

  int matchedSize() {
    return last.end() - last.start();
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

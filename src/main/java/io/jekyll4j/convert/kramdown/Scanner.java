package io.jekyll4j.convert.kramdown;

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

  private Matcher at(Pattern p) {
    Matcher m = p.matcher(string);
    m.region(pos, string.length());
    m.useAnchoringBounds(true);
    m.useTransparentBounds(false);
    return m;
  }

  boolean eos() {
    return pos >= string.length();
  }

  /** Matches at the position without advancing. */
  boolean check(Pattern p) {
    Matcher m = at(p);
    if (m.lookingAt()) {
      last = m;
      lastStart = pos;
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
    last = m;
    lastStart = m.start();
    String s = string.substring(pos, m.end());
    pos = m.end();
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

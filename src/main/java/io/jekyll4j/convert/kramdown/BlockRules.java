package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's simple block rules: blank lines, code blocks, block quotes, headers, rules, math,
 * link, abbreviation and footnote definitions, end-of-block markers and paragraphs.
 */
final class BlockRules {
  private final KramdownParser p;

  BlockRules(KramdownParser p) {
    this.p = p;
  }

  boolean blankLine() {
    p.src.pos += p.src.matchedSize();
    KNode last = p.tree.last();
    if (last != null && last.is(Kind.BLANK)) last.text.append(p.src.matched());
    else {
      KNode el = p.newBlockEl(Kind.BLANK);
      el.text = new StringBuilder(p.src.matched());
      p.tree.children.add(el);
    }
    return true;
  }

  boolean eobMarker() {
    p.src.pos += p.src.matchedSize();
    p.tree.children.add(p.newBlockEl(Kind.EOB));
    return true;
  }

  private static final Pattern LAZY_CODE_LINE = Pattern.compile("\\n( {0,3}\\S)");

  boolean codeblock() {
    String data = p.src.scan(Rx.CODEBLOCK_MATCH);
    data = LAZY_CODE_LINE.matcher(data).replaceAll(" $1");
    data = Rx.INDENT.matcher(data).replaceAll("");
    KNode el = p.newBlockEl(Kind.CODEBLOCK);
    el.text = new StringBuilder(data);
    p.tree.children.add(el);
    return true;
  }

  boolean fenced(Pattern match) {
    if (lastFenceLine(p.src.string) <= p.src.pos) return false;
    if (!p.src.check(match)) return false;
    p.src.pos += p.src.matchedSize();
    KNode el = p.newBlockEl(Kind.CODEBLOCK);
    el.text = new StringBuilder(p.src.group(5));
    el.options.put("fenced", true);
    String lang = p.src.group(3) == null ? "" : p.src.group(3).strip();
    if (!lang.isEmpty()) {
      el.options.put("lang", lang);
      el.attr.put("class", "language-" + p.src.group(4));
    }
    p.tree.children.add(el);
    return true;
  }

  private String fenceScanned;
  private int fenceLine;

  /**
   * The start of the last line of {@code s} (after the first) that could close a fence: at most
   * three spaces, then three of {@code ~} or {@code `}; -1 when there is none. The fence pattern
   * cannot match at a position after it, and without this check a line of thousands of
   * backticks and no closing fence made the pattern backtrack quadratically (as in kramdown).
   */
  private int lastFenceLine(String s) {
    if (s != fenceScanned) {
      fenceScanned = s;
      fenceLine = -1;
      for (int nl = s.lastIndexOf('\n', s.length() - 1); nl >= 0; nl = s.lastIndexOf('\n', nl - 1)) {
        int i = nl + 1;
        int spaces = 0;
        while (i < s.length() && s.charAt(i) == ' ' && spaces < 3) {
          i++;
          spaces++;
        }
        if (i + 2 < s.length() && isFence(s.charAt(i)) && isFence(s.charAt(i + 1)) && isFence(s.charAt(i + 2))) {
          fenceLine = nl + 1;
          break;
        }
        if (nl == 0) break;
      }
    }
    return fenceLine;
  }

  private static boolean isFence(char c) {
    return c == '`' || c == '~';
  }

  static final Pattern BQ_MARKER = Scanner.re(Rx.BLOCKQUOTE_START_S);

  /**
   * {@code BQ_MARKER.matcher(s).replaceAll("")}: at each line start ({@code ^} of MULTILINE and
   * UNIX_LINES, not after the final new line) up to three spaces, {@code >} and one optional
   * space are removed; found line by line instead of by a regex search at every character.
   */
  static String stripQuoteMarkers(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && j - i < 3 && s.charAt(j) == ' ') j++;
      if (j < n && s.charAt(j) == '>') {
        j++;
        if (j < n && s.charAt(j) == ' ') j++;
        i = j;
      }
      int nl = s.indexOf('\n', i);
      int end = nl < 0 ? n : nl + 1;
      out.append(s, i, end);
      i = end;
    }
    return out.toString();
  }

  boolean blockquote() {
    StringBuilder result = new StringBuilder(p.src.scanLine());
    while (!atEnd(Rx.LAZY_END)) result.append(p.src.scanLine());
    String body = stripQuoteMarkers(result.toString());
    KNode el = p.newBlockEl(Kind.BLOCKQUOTE);
    p.tree.children.add(el);
    p.parseBlocks(el, body);
    return true;
  }

  private static final Pattern CLOSING_HASHES = Pattern.compile("(?<!\\\\)#+\\z");
  private static final Pattern CLOSING_HASHES_QUIRK = Pattern.compile("[\\t ]#+\\z");

  boolean atxHeader(boolean needBoundary, boolean quirk) {
    if (needBoundary && !p.afterBlockBoundary()) return false;
    String level = p.src.group(1);
    String[] content = headerContents(p.src.group(2));
    String text = content[0];
    Matcher m = (quirk ? CLOSING_HASHES_QUIRK : CLOSING_HASHES).matcher(text);
    if (m.find()) text = rstrip(m.replaceFirst(""));
    if (text.isEmpty()) return false;
    addHeader(level.length(), text, content[1]);
    return true;
  }

  boolean setextHeader() {
    if (!p.afterBlockBoundary()) return false;
    String level = p.src.group(2);
    String[] content = headerContents(p.src.group(1));
    if (content[0].isEmpty()) return false;
    addHeader(level.equals("-") ? 2 : 1, content[0], content[1]);
    return true;
  }

  private static String[] headerContents(String contents) {
    String text = rstrip(contents);
    Matcher m = Rx.HEADER_ID.matcher(text);
    String id = null;
    if (m.find()) {
      id = m.group(1);
      text = rstrip(text.substring(0, m.start()));
    }
    return new String[] {text, id};
  }

  /** Ruby's rstrip: trailing white space and NULs. */
  static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && " \t\n\u000B\f\r\0".indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(0, end);
  }

  private void addHeader(int level, String text, String id) {
    p.src.pos += p.src.matchedSize();
    KNode el = p.newBlockEl(Kind.HEADER);
    el.options.put("level", level);
    el.options.put("raw_text", text);
    p.addText(text, el, p.textType);
    if (id != null) el.attr.put("id", id);
    p.tree.children.add(el);
  }

  boolean horizontalRule() {
    p.src.pos += p.src.matchedSize();
    p.tree.children.add(p.newBlockEl(Kind.HR));
    return true;
  }

  private static final Pattern BACKSLASH_LINE = Scanner.re("^" + Rx.OPT_SPACE + "\\\\");

  boolean blockMath() {
    if (!p.afterBlockBoundary()) return false;
    if (p.src.group(1) != null) {
      if (p.src.group(3) != null) p.src.scan(BACKSLASH_LINE);
      return false;
    }
    int saved = p.src.pos;
    String data = p.src.group(2).strip();
    p.src.pos += p.src.matchedSize();
    if (p.beforeBlockBoundary()) {
      KNode el = p.newBlockEl(Kind.MATH);
      el.text = new StringBuilder(data);
      el.options.put("category", "block");
      p.tree.children.add(el);
      return true;
    }
    p.src.pos = saved;
    return false;
  }

  private static final Pattern TITLE_AFTER_SPACE = Pattern.compile("[ \\t]+[\"']");

  boolean linkDefinition() {
    String url3 = p.src.group(3);
    if (url3 != null && TITLE_AFTER_SPACE.matcher(url3).find()) return false;
    p.src.pos += p.src.matchedSize();
    String id = KramdownParser.normalizeLinkId(p.src.group(1));
    String url = p.src.group(2) != null ? p.src.group(2) : url3;
    String title = p.src.group(5);
    KNode eob = p.newBlockEl(Kind.EOB);
    eob.value = "link_def";
    p.tree.children.add(eob);
    p.linkDefs.put(id, new KramdownParser.LinkDef(url, title, eob));
    return true;
  }

  boolean abbrevDefinition() {
    p.src.pos += p.src.matchedSize();
    String id = p.src.group(1);
    String text = p.src.group(2).strip();
    KNode eob = p.newBlockEl(Kind.EOB);
    eob.value = "abbrev_def";
    p.tree.children.add(eob);
    p.abbrevDefs.put(id, text);
    p.abbrevAttr.put(id, eob);
    return true;
  }

  boolean footnoteDefinition() {
    p.src.pos += p.src.matchedSize();
    String name = p.src.group(1);
    String body = Rx.INDENT.matcher(p.src.group(2)).replaceAll("");
    KNode el = new KNode(Kind.FOOTNOTE_DEF);
    p.parseBlocks(el, body);
    KNode eob = p.newBlockEl(Kind.EOB);
    eob.value = "footnote_def";
    p.tree.children.add(eob);
    KramdownParser.Footnote f = new KramdownParser.Footnote();
    f.content = el;
    f.eob = eob;
    p.footnotes.put(name, f);
    return true;
  }

  /** Whether a paragraph (or lazy quote) ends here: {@code end} matches, tried only if it can. */
  private boolean atEnd(Pattern end) {
    // every end pattern starts with the blank-line alternative: a blank line ends without a regex
    return BlockGuard.PARAGRAPH_END.mayMatch(p.src.string, p.src.pos)
        && (FastMatch.blankLinesEnd(p.src.string, p.src.pos) >= 0 || p.src.check(end));
  }

  boolean paragraph() {
    int pos = p.src.pos;
    StringBuilder result = new StringBuilder(p.src.scanLine());
    Pattern end = p.paragraphEnd();
    while (!atEnd(end)) result.append(p.src.scanLine());
    String text = rstrip(result.toString());
    KNode last = p.tree.last();
    if (last != null && last.is(Kind.P)) {
      KNode lastItem = last.last();
      if (lastItem != null && lastItem.kind == p.textType) {
        String joiner =
            pos >= 3 && p.src.string.startsWith("  \n", pos - 3) ? "  \n" : "\n";
        lastItem.text.append(joiner).append(text);
      } else {
        p.addText(text, last, p.textType);
      }
    } else {
      KNode para = p.newBlockEl(Kind.P);
      p.tree.children.add(para);
      p.addText(text.stripLeading(), para, p.textType);
    }
    return true;
  }
}

package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kramdown's span rules other than HTML, links and smart quotes: emphasis, code spans, math,
 * entities, typographic symbols, line breaks, escapes and GFM strikethrough.
 */
final class InlineRules {
  private final KramdownParser p;

  InlineRules(KramdownParser p) {
    this.p = p;
  }

  static final Pattern EMPHASIS_START = Scanner.re("(?:\\*\\*?|__?)");
  static final Pattern CODESPAN_DELIMITER = Scanner.re("`+");
  private static final String ACHARS = "[" + Rx.ALNUM + "\\-_.]";
  static final Pattern AUTOLINK_START =
      Scanner.re("<((mailto|https?|ftps?):.+?|" + ACHARS + "+?@" + ACHARS + "+?)>");
  static final Pattern FOOTNOTE_MARKER_START = Scanner.re("\\[\\^(" + Rx.ALD_ID_NAME + ")\\]");
  static final Pattern LINK_START = Scanner.re("!?\\[(?=[^^])");
  static final Pattern INLINE_MATH_START = Scanner.reDotAll("\\$\\$(.*?)\\$\\$");
  static final Pattern HTML_ENTITY_RE =
      Scanner.re("&([\\w:][\\-\\w.:]*);|&#(\\d+);|&#x([0-9a-fA-F]+);");
  static final Pattern TYPOGRAPHIC_SYMS_RE =
      Scanner.re("---|--|\\.\\.\\.|\\\\<<|\\\\>>|<< | >>|<<|>>");
  static final Pattern LINE_BREAK = Scanner.re("(  |\\\\\\\\)(?=\\n)");
  static final Pattern ESCAPED_CHARS = Scanner.re("\\\\([\\\\.*_+`<>()\\[\\]{}#!:|\"'$=-])");
  static final Pattern ESCAPED_CHARS_GFM =
      Scanner.re("\\\\([\\\\.*_+`<>()\\[\\]{}#!:|\"'$=\\-~])");
  static final Pattern STRIKETHROUGH_MATCH = Scanner.reDotAll("~~(?!\\s|~).*?[^\\s~]~~");


  /**
   * Whether the text before {@code end} matches kramdown's {@code /[[:alpha:]]-?[[:alpha:]]*\z/}:
   * it ends with a letter, or with a hyphen after a letter. Looks only at the end (the regular
   * expression searched the whole preceding document, which made emphasis quadratic).
   */
  static boolean alphaBefore(String s, int end) {
    if (end <= 0) return false;
    int last = s.codePointBefore(end);
    if (Character.isAlphabetic(last)) return true;
    int before = end - Character.charCount(last);
    return last == '-' && before > 0 && Character.isAlphabetic(s.codePointBefore(before));
  }

  /** Java's {@code \\s} without UNICODE_CHARACTER_CLASS. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A line terminator that {@code \\Z} may skip but that is not {@code \\s}. */
  private static boolean isOtherTerminator(char c) {
    return c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private boolean inStack(Kind... kinds) {
    for (Object[] frame : p.stack) {
      if (frame[0] instanceof KNode n) for (Kind k : kinds) if (n.kind == k) return true;
    }
    return false;
  }

  void emphasis() {
    Scanner src = p.src;
    int saved = src.pos;
    String result = src.scan(EMPHASIS_START);
    Kind element = result.length() == 2 ? Kind.STRONG : Kind.EM;
    String type = result.substring(0, 1);
    if ((type.equals("_") && alphaBefore(src.string, src.preMatchEnd())) || src.spaceAhead()
        || p.tree.kind == element || inStack(element)) {
      p.addText(result);
      return;
    }
    Object[] r = subParse(result, element, type);
    if (!(boolean) r[0] && element == Kind.STRONG && p.tree.kind != Kind.EM) {
      src.pos = saved + 1;
      r = subParse(type, Kind.EM, type);
    }
    if ((boolean) r[0]) {
      src.scan((Pattern) r[2]);
      p.tree.children.add((KNode) r[1]);
    } else {
      src.pos = saved + result.length();
      p.addText(result);
    }
  }

  /** For an emphasis delimiter: its stop pattern, the doubled delimiter, the delimiter before a letter. */
  private static Pattern[] delimiterPatterns(String delim) {
    return new Pattern[] {
      RegexCache.re(Pattern.quote(delim)),
      RegexCache.re(Pattern.quote(delim + delim) + "(?!" + Pattern.quote(delim) + ")"),
      RegexCache.re(Pattern.quote(delim) + "[" + Rx.ALNUM + "]")
    };
  }

  private static final Map<String, Pattern[]> DELIMITER_PATTERNS = Map.of(
      "*", delimiterPatterns("*"), "**", delimiterPatterns("**"),
      "_", delimiterPatterns("_"), "__", delimiterPatterns("__"));

  /**
   * Whether a closing delimiter the stop test below could accept follows the position. When none
   * does, the span parse could only fail after scanning the rest of the text (which made runs of
   * unclosed emphasis quadratic); it is then skipped, unless a footnote marker (the one span rule
   * with state) could be parsed on the way.
   */
  private static boolean mayClose(Scanner src, String delim, Kind elem, String type) {
    int from = src.pos;
    if (src.lastFootnoteStart() >= from) return true;
    if (delim.length() > 2) return true;
    boolean em = elem == Kind.EM;
    int slot = Scanner.EMPHASIS_SLOTS + (delim.startsWith("_") ? 4 : 0) + (delim.length() == 2 ? 2 : 0) + (em ? 1 : 0);
    return src.memo(slot, s -> lastAcceptableClose(s, delim, em, type.equals("_"))) >= from;
  }

  /** The last index where the stop test in {@link #subParse} may accept {@code delim}, or -1. */
  private static int lastAcceptableClose(String s, String delim, boolean em, boolean underscore) {
    int n = delim.length();
    for (int y = s.lastIndexOf(delim); y >= 0; y = y > 0 ? s.lastIndexOf(delim, y - 1) : -1) {
      if (y > 0 && isSpace(s.charAt(y - 1))) continue;
      if (em && s.startsWith(delim + delim, y) && !s.startsWith(delim, y + 2 * n)) continue;
      if (underscore && y + n < s.length()) {
        int c = s.codePointAt(y + n);
        if (Character.isAlphabetic(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) continue;
      }
      return y;
    }
    return -1;
  }

  private Object[] subParse(String delim, Kind elem, String type) {
    Scanner src = p.src;
    KNode el = new KNode(elem);
    Pattern[] patterns = DELIMITER_PATTERNS.get(delim);
    if (patterns == null) patterns = delimiterPatterns(delim);
    Pattern stop = patterns[0];
    if (!mayClose(src, delim, elem, type)) return new Object[] {false, el, stop};
    Pattern dbl = patterns[1];
    Pattern alnumAfter = patterns[2];
    boolean found = p.spans.parseSpans(el, stop, null, p.textType, () -> {
      int preEnd = src.preMatchEnd();
      boolean spaceBefore = preEnd > 0 && isSpace(src.string.charAt(preEnd - 1));
      int pos = src.pos;
      boolean ok = !spaceBefore
          && (elem != Kind.EM || !src.check(dbl))
          && (!type.equals("_") || !src.check(alnumAfter))
          && !el.children.isEmpty();
      src.pos = pos;
      return ok;
    });
    return new Object[] {found, el, stop};
  }

  /**
   * Whether the text before {@code end} matches {@code /\\s\\Z|\\A\\Z/} (Java's default line
   * terminators for {@code \\Z}): it is empty, ends with white space, or is a line terminator
   * possibly after white space. Looks only at the end instead of searching the whole text.
   */
  static boolean spaceAtEnd(String s, int end) {
    if (end == 0) return true;
    char last = s.charAt(end - 1);
    if (isSpace(last)) return true;
    if (isOtherTerminator(last)) return end == 1 || isSpace(s.charAt(end - 2));
    return false;
  }

  void codespan() {
    Scanner src = p.src;
    String result = src.scan(CODESPAN_DELIMITER);
    boolean simple = result.length() == 1;
    int saved = src.pos;
    if (simple && spaceAtEnd(src.string, src.preMatchEnd()) && src.spaceAhead()) {
      p.addText(result);
      return;
    }
    String text = src.scanUntil(RegexCache.re(Pattern.quote(result)));
    if (text != null) {
      text = text.substring(0, text.length() - result.length());
      if (!simple) {
        if (text.startsWith(" ")) text = text.substring(1);
        if (text.endsWith(" ")) text = text.substring(0, text.length() - 1);
      }
      p.tree.children.add(new KNode(Kind.CODESPAN, text));
    } else {
      src.pos = saved;
      p.addText(result);
    }
  }

  void inlineMath() {
    Scanner src = p.src;
    src.pos += src.matchedSize();
    KNode el = new KNode(Kind.MATH, src.group(1).strip());
    el.options.put("category", "span");
    p.tree.children.add(el);
  }

  void htmlEntity() {
    Scanner src = p.src;
    src.pos += src.matchedSize();
    String matched = src.matched();
    Entities.Entity e;
    if (src.group(1) != null) e = Entities.byName(src.group(1)).orElse(null);
    else if (src.group(2) != null) e = Entities.byCodePoint(parseInt(src.group(2), 10));
    else e = Entities.byCodePoint(parseInt(src.group(3), 16));
    if (e != null) {
      KNode el = new KNode(Kind.ENTITY);
      el.value = e;
      el.options.put("original", matched);
      p.tree.children.add(el);
    } else {
      KNode el = new KNode(Kind.ENTITY);
      el.value = Entities.byName("amp").orElseThrow();
      p.tree.children.add(el);
      p.addText(matched.substring(1));
    }
  }

  private static int parseInt(String s, int radix) {
    try {
      long v = Long.parseLong(s, radix);
      return v > 0x10FFFF ? -1 : (int) v;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  void typographicSyms() {
    Scanner src = p.src;
    src.pos += src.matchedSize();
    String m = src.matched();
    String sym = switch (m) {
      case "---" -> "mdash";
      case "--" -> "ndash";
      case "..." -> "hellip";
      case "<< " -> "laquo_space";
      case " >>" -> "raquo_space";
      case "<<" -> "laquo";
      case ">>" -> "raquo";
      default -> null;
    };
    if (sym != null) {
      KNode el = new KNode(Kind.TYPOGRAPHIC_SYM);
      el.value = sym;
      p.tree.children.add(el);
    } else {
      String name = m.equals("\\<<") ? "lt" : "gt";
      for (int i = 0; i < 2; i++) {
        KNode el = new KNode(Kind.ENTITY);
        el.value = Entities.byName(name).orElseThrow();
        p.tree.children.add(el);
      }
    }
  }

  void lineBreak() {
    p.tree.children.add(new KNode(Kind.BR));
    p.src.pos += p.src.matchedSize();
  }

  void escapedChars() {
    p.src.pos += p.src.matchedSize();
    p.addText(p.src.group(1));
  }

  void strikethrough() {
    Scanner src = p.src;
    src.pos += src.matchedSize();
    String m = src.matched();
    KNode el = new KNode(Kind.HTML_ELEMENT, "del");
    el.options.put("category", "span");
    p.tree.children.add(el);
    Object[] env = p.spans.saveEnv();
    p.src = new Scanner(m.substring(2, m.length() - 2), p.matchers);
    p.tree = null;
    p.blockIal = null;
    p.stack = new java.util.ArrayDeque<>();
    p.textType = Kind.TEXT;
    p.spans.parseSpans(el, null, null, Kind.TEXT, null);
    p.spans.restoreEnv(env);
  }
}

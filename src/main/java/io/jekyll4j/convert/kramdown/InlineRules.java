package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kramdown's span rules other than HTML and smart quotes: emphasis, code spans, links and
 * images, autolinks, footnote markers, math, entities, typographic symbols, line breaks, escapes
 * and GFM strikethrough.
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

  private static final Pattern WS = Scanner.re("\\s");
  private static final Pattern ALPHA_BEFORE = Pattern.compile("[" + Rx.ALPHA + "]-?[" + Rx.ALPHA + "]*\\z");

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
    String pre = src.preMatch();
    if ((type.equals("_") && ALPHA_BEFORE.matcher(pre).find()) || src.check(WS)
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

  private Object[] subParse(String delim, Kind elem, String type) {
    Scanner src = p.src;
    KNode el = new KNode(elem);
    Pattern stop = Scanner.re(Pattern.quote(delim));
    Pattern dbl = Scanner.re(Pattern.quote(delim + delim) + "(?!" + Pattern.quote(delim) + ")");
    Pattern alnumAfter = Scanner.re(Pattern.quote(delim) + "[" + Rx.ALNUM + "]");
    boolean found = p.spans.parseSpans(el, stop, null, p.textType, () -> {
      String pre = src.preMatch();
      boolean spaceBefore = !pre.isEmpty() && WS.matcher(pre.substring(pre.length() - 1)).matches();
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

  private static final Pattern SPACE_AT_END = Pattern.compile("\\s\\Z|\\A\\Z");

  void codespan() {
    Scanner src = p.src;
    String result = src.scan(CODESPAN_DELIMITER);
    boolean simple = result.length() == 1;
    int saved = src.pos;
    if (simple && SPACE_AT_END.matcher(src.preMatch()).find() && src.check(WS)) {
      p.addText(result);
      return;
    }
    String text = src.scanUntil(Scanner.re(Pattern.quote(result)));
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

  void autolink() {
    Scanner src = p.src;
    src.pos += src.matchedSize();
    String href = src.group(2) == null ? "mailto:" + src.group(1) : src.group(1);
    KNode el = new KNode(Kind.A);
    el.attr.put("href", href);
    p.addText(src.group(1).replaceFirst("^mailto:", ""), el, p.textType);
    p.tree.children.add(el);
  }

  void footnoteMarker() {
    Scanner src = p.src;
    src.pos += src.matchedSize();
    String name = src.group(1);
    KramdownParser.Footnote fn = p.footnotes.get(name);
    if (fn != null) {
      if (fn.eob != null) {
        if (fn.eob.ial() != null) p.updateAttrWithIal(fn.eob.attr, fn.eob.ial());
        fn.attr = fn.eob.attr;
        fn.eob = null;
      }
      if (fn.markers == null) fn.markers = new ArrayList<>();
      KNode marker = new KNode(Kind.FOOTNOTE);
      marker.value = fn.content;
      if (fn.attr != null) marker.attr.putAll(fn.attr);
      marker.options.put("name", name);
      fn.markers.add(marker);
      p.tree.children.add(marker);
    } else {
      p.addText(src.matched());
    }
  }

  private static final Pattern LINK_BRACKET_STOP = Scanner.re("(\\])|!?\\[");
  private static final Pattern LINK_PAREN_STOP = Scanner.re("(\\()|(\\))|\\s(?=['\"])");
  private static final Pattern LINK_INLINE_ID = Scanner.re("\\s*?\\[([^\\]]+)?\\]");
  private static final Pattern LINK_INLINE_TITLE = Scanner.reDotAll("\\s*?([\"'])(.+?)\\1\\s*?\\)");
  private static final Pattern OPEN_PAREN = Scanner.re("\\(");
  private static final Pattern ANGLE_URL = Scanner.re("\\(<(.*?)>");
  private static final Pattern CLOSE_PAREN = Scanner.re("\\)");

  void link() {
    Scanner src = p.src;
    String result = src.scan(LINK_START);
    int cur = src.pos;
    boolean img = result.startsWith("!");
    if (!img && (p.tree.is(Kind.IMG) || p.tree.is(Kind.A) || inStack(Kind.IMG, Kind.A))) {
      p.addText(result);
      return;
    }
    KNode el = new KNode(img ? Kind.IMG : Kind.A);
    int[] count = {1};
    boolean found = p.spans.parseSpans(el, LINK_BRACKET_STOP, null, p.textType, () -> {
      count[0] += src.group(1) != null ? -1 : 1;
      return count[0] - el.children.stream().filter(c -> c.is(Kind.IMG)).count() == 0;
    });
    if (!found) {
      src.pos = cur;
      p.addText(result);
      return;
    }
    String alt = ESCAPED_CHARS.matcher(src.string.substring(cur, src.pos)).replaceAll("$1");
    src.scan(LINK_BRACKET_STOP);
    String id = null;
    boolean idForm = src.scan(LINK_INLINE_ID) != null;
    if (idForm) id = src.group(1);
    if (idForm || !src.check(OPEN_PAREN)) {
      String linkId = KramdownParser.normalizeLinkId(id != null ? id : alt);
      KramdownParser.LinkDef def = p.linkDefs.get(linkId);
      if (def != null) {
        addLink(el, def.url(), def.title(), alt, def.eob() == null ? null : def.eob().ial());
      } else {
        src.pos = cur;
        p.addText(result);
      }
      return;
    }
    String url;
    if (src.scan(ANGLE_URL) != null) {
      url = src.group(1);
      if (src.scan(CLOSE_PAREN) != null) {
        addLink(el, url, null, alt, null);
        return;
      }
    } else {
      StringBuilder u = new StringBuilder();
      int brackets = 0;
      String temp;
      while ((temp = src.scanUntil(LINK_PAREN_STOP)) != null) {
        u.append(temp);
        if (src.group(2) != null) {
          brackets--;
          if (brackets == 0) break;
        } else if (src.group(1) != null) {
          brackets++;
        } else {
          break;
        }
      }
      url = u.length() >= 2 ? u.substring(1, u.length() - 1).strip() : "";
      if (brackets == 0) {
        addLink(el, url, null, alt, null);
        return;
      }
    }
    if (src.scan(LINK_INLINE_TITLE) != null) {
      addLink(el, url, src.group(2), alt, null);
    } else {
      src.pos = cur;
      p.addText(result);
    }
  }

  private void addLink(KNode el, String href, String title, String alt, Map<String, Object> ial) {
    if (ial != null) {
      el.options.put("ial", ial);
      p.updateAttrWithIal(el.attr, ial);
    }
    if (el.is(Kind.A)) {
      el.attr.put("href", href);
    } else {
      el.attr.put("src", href);
      el.attr.put("alt", alt);
      el.children.clear();
    }
    if (title != null) el.attr.put("title", title);
    p.tree.children.add(el);
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
    p.src = new Scanner(m.substring(2, m.length() - 2));
    p.tree = null;
    p.blockIal = null;
    p.stack = new java.util.ArrayDeque<>();
    p.textType = Kind.TEXT;
    p.spans.parseSpans(el, null, null, Kind.TEXT, null);
    p.spans.restoreEnv(env);
  }
}

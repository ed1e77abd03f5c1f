package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kramdown's link rules: inline and reference links and images (with nested brackets and
 * parentheses counted as kramdown counts them), autolinks in angle brackets and footnote markers.
 */
final class LinkRules {
  private final KramdownParser p;

  LinkRules(KramdownParser p) {
    this.p = p;
  }

  private boolean inStack(Kind... kinds) {
    for (Object[] frame : p.stack) {
      if (frame[0] instanceof KNode n) for (Kind k : kinds) if (n.kind == k) return true;
    }
    return false;
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

  static final Pattern LINK_BRACKET_STOP = Scanner.re("(\\])|!?\\[");
  static final Pattern LINK_PAREN_STOP = Scanner.re("(\\()|(\\))|\\s(?=['\"])");
  private static final Pattern LINK_INLINE_ID = Scanner.re("\\s*?\\[([^\\]]+)?\\]");
  private static final Pattern LINK_INLINE_TITLE = Scanner.reDotAll("\\s*?([\"'])(.+?)\\1\\s*?\\)");
  private static final Pattern OPEN_PAREN = Scanner.re("\\(");
  private static final Pattern ANGLE_URL = Scanner.re("\\(<(.*?)>");
  private static final Pattern CLOSE_PAREN = Scanner.re("\\)");

  void link() {
    Scanner src = p.src;
    String result = src.scan(InlineRules.LINK_START);
    int cur = src.pos;
    boolean img = result.startsWith("!");
    if (!img && (p.tree.is(Kind.IMG) || p.tree.is(Kind.A) || inStack(Kind.IMG, Kind.A))) {
      p.addText(result);
      return;
    }
    if (src.lastCloseBracket() < cur) {
      // no closing bracket follows: the search below could only fail (after scanning the rest
      // of the text, which made runs of "[" quadratic), and without "]" no footnote marker
      // (the one span rule with state) could have been parsed on the way
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
    String alt = InlineRules.ESCAPED_CHARS.matcher(src.string.substring(cur, src.pos)).replaceAll("$1");
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

}

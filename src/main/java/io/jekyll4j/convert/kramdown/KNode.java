package io.jekyll4j.convert.kramdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * One element of a kramdown document tree, as a commonmark-java {@link Node} so that the tree is
 * rendered by commonmark-java's {@code HtmlRenderer} through our node renderer.
 *
 * <p>kramdown's elements carry a type, a value, HTML attributes and options (an element of type
 * {@code :p} may be "transparent", a header has a level, and so on), and kramdown's parser edits
 * child lists freely while parsing (pops the last child, merges blank lines, re-parses list
 * items). The parser therefore works on {@link #children}, and so does the kramdown renderer;
 * {@link #link()} threads them into commonmark's sibling links for code that walks those (the
 * converter does not: it hands only the root to commonmark's renderer).
 */
public final class KNode extends CustomNode {
  /** The element types kramdown's parser produces (same names as kramdown's symbols). */
  public enum Kind {
    ROOT, BLANK, P, HEADER, BLOCKQUOTE, CODEBLOCK, HR, UL, OL, LI, DL, DT, DD, TABLE, THEAD,
    TBODY, TFOOT, TR, TD, HTML_ELEMENT, XML_COMMENT, XML_PI, COMMENT, RAW, RAW_TEXT, TEXT, EOB,
    MATH, FOOTNOTE_DEF, FOOTNOTE, ABBREVIATION, EM, STRONG, A, IMG, CODESPAN, BR, ENTITY,
    SMART_QUOTE, TYPOGRAPHIC_SYM, TEMP
  }

  public Kind kind;
  /** Text of text-like elements (text, raw_text, codespan, codeblock, blank, comment, ...). */
  public StringBuilder text;
  /** Non-text values: an entity, a symbol name, a footnote's content element, list item lines. */
  public Object value;
  public final Map<String, String> attr = new LinkedHashMap<>();
  public final Map<String, Object> options = new HashMap<>();
  public List<KNode> children = new ArrayList<>();

  public KNode(Kind kind) {
    this.kind = kind;
  }

  public KNode(Kind kind, String text) {
    this.kind = kind;
    this.text = text == null ? null : new StringBuilder(text);
  }

  public static KNode of(Kind kind, String text) {
    return new KNode(kind, text);
  }

  public String str() {
    return text == null ? "" : text.toString();
  }

  public KNode last() {
    return children.isEmpty() ? null : children.get(children.size() - 1);
  }

  public KNode first() {
    return children.isEmpty() ? null : children.get(0);
  }

  public boolean is(Kind k) {
    return kind == k;
  }

  public boolean flag(String option) {
    return Boolean.TRUE.equals(options.get(option));
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> ial() {
    return (Map<String, Object>) options.get("ial");
  }

  public Map<String, Object> ialOrCreate() {
    Map<String, Object> ial = ial();
    if (ial == null) {
      ial = new LinkedHashMap<>();
      options.put("ial", ial);
    }
    return ial;
  }

  /** Whether this element's IAL references the ALD name (e.g. "toc", "standalone"). */
  @SuppressWarnings("unchecked")
  public boolean ialRefs(String name) {
    Map<String, Object> ial = ial();
    return ial != null && ial.get(":refs") instanceof List<?> l && l.contains(name);
  }

  /** Deep copy (kramdown copies footnote contents and TOC entries before rendering them). */
  public KNode copy() {
    KNode c = new KNode(kind);
    c.text = text == null ? null : new StringBuilder(text);
    c.value = value instanceof KNode n ? n : value;
    c.attr.putAll(attr);
    c.options.putAll(options);
    for (KNode child : children) c.children.add(child.copy());
    return c;
  }

  /** Threads {@link #children} into commonmark-java's child links, recursively. */
  public KNode link() {
    Node n = getFirstChild();
    while (n != null) {
      Node next = n.getNext();
      n.unlink();
      n = next;
    }
    for (KNode child : children) {
      appendChild(child);
      child.link();
    }
    return this;
  }

  @Override
  public String toString() {
    return kind + (text != null ? "(" + text + ")" : "") + (children.isEmpty() ? "" : children);
  }
}

package io.jekyll4j.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An html-pipeline text filter over an HTML fragment (Nokogiri's {@code DocumentFragment} on
 * libxml2's HTML parser): each text node outside the ignored elements is rewritten, and the
 * fragment is written back as libxml2 writes it ({@code htmlNodeDumpFormatOutput}): tags and
 * attributes as {@link NokogiriRoundTrip} writes them, end tags a {@code <li>}, {@code <p>},
 * {@code <option>} or table cell left open, stray end tags dropped, and the line breaks the
 * serialiser adds around block elements whose first or last child is an element. The content of
 * {@code script} and {@code style} is never rewritten, nor are attribute values and comments.
 * Used by jekyll-mentions and jemoji.
 */
public final class HtmlFragment {
  private static final Set<String> RAW_TEXT = Set.of("script", "style");
  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9:-]*)");
  /** Nokogiri's {@code /^\s*?<body/i} test, with Ruby's {@code ^} at every line start. */
  private static final Pattern BODY_LINE = Pattern.compile("^\\s*<body", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
  /** Inside the body a fragment is parsed in, these tags are dropped (their content stays). */
  private static final Set<String> DOCUMENT = Set.of("html", "head", "body");
  /** Known HTML 4 elements libxml2 does not write inline (its {@code isinline} is 0). */
  private static final Set<String> BLOCK = Set.of(
      "address", "area", "base", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "dir", "div",
      "dl", "dt", "fieldset", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr",
      "html", "isindex", "legend", "li", "link", "menu", "meta", "noframes", "noscript", "ol", "optgroup",
      "option", "p", "param", "pre", "style", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul");
  /** Start tags that end the open element named (libxml2's {@code htmlStartClose}, the common part). */
  private static final Map<String, Set<String>> CLOSES = Map.ofEntries(
      Map.entry("li", Set.of("li", "p")),
      Map.entry("option", Set.of("option")),
      Map.entry("dt", Set.of("dt", "dd", "p")),
      Map.entry("dd", Set.of("dt", "dd", "p")),
      Map.entry("td", Set.of("td", "th", "p")),
      Map.entry("th", Set.of("td", "th", "p")),
      Map.entry("tr", Set.of("td", "th", "tr", "p")),
      Map.entry("p", Set.of("p")),
      Map.entry("div", Set.of("p")),
      Map.entry("ul", Set.of("p")),
      Map.entry("ol", Set.of("p")),
      Map.entry("dl", Set.of("p")),
      Map.entry("table", Set.of("p")),
      Map.entry("pre", Set.of("p")),
      Map.entry("blockquote", Set.of("p")),
      Map.entry("form", Set.of("p")),
      Map.entry("hr", Set.of("p")),
      Map.entry("address", Set.of("p")),
      Map.entry("fieldset", Set.of("p")),
      Map.entry("h1", Set.of("p")), Map.entry("h2", Set.of("p")), Map.entry("h3", Set.of("p")),
      Map.entry("h4", Set.of("p")), Map.entry("h5", Set.of("p")), Map.entry("h6", Set.of("p")));

  private HtmlFragment() {}

  /** A node of the parsed fragment: an element (with its start tag as written) or markup/text. */
  private static final class Node {
    final String name; // element name, or null for text and other markup
    final String text; // the start tag of an element, else the node's text as written
    final boolean isText;
    final List<Node> children = new ArrayList<>();
    Node parent;

    Node(String name, String text, boolean isText) {
      this.name = name;
      this.text = text;
      this.isText = isText;
    }

    void add(Node child) {
      child.parent = this;
      children.add(child);
    }
  }

  /**
   * The fragment with {@code rewrite} applied to each text node (as the round trip writes it:
   * escaped, references decoded) that has no ancestor named in {@code ignored}.
   */
  public static String rewriteText(String html, Set<String> ignored, UnaryOperator<String> rewrite) {
    Node root = parse(html, ignored, rewrite);
    StringBuilder out = new StringBuilder(html.length() + 64);
    if (BODY_LINE.matcher(html).find()) {
      // Nokogiri parses "<html><body>" + the fragment and, when a line starts with <body, takes
      // the body element itself rather than its children
      Node body = new Node("body", "<body>", false);
      root.children.forEach(body::add);
      write(body, null, out);
    } else {
      writeAll(root.children, out);
    }
    return out.toString();
  }

  private static Node parse(String html, Set<String> ignored, UnaryOperator<String> rewrite) {
    Node root = new Node(null, "", false);
    Node current = root;
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = nextMarkup(html, i);
      if (lt > i) {
        String text = NokogiriRoundTrip.text(html.substring(i, lt));
        String rewritten = rewrite == null || within(current, ignored) ? text : rewrite.apply(text);
        // text as written is already as the round trip writes it: only a rewritten one is parsed again
        if (rewritten.equals(text)) current.add(new Node(null, text, true));
        else for (Node c : parse(rewritten, ignored, null).children) current.add(c);
        i = lt;
        continue;
      }
      int end = markupEnd(html, i);
      String markup = html.substring(i, end);
      i = end;
      Matcher name = TAG_NAME.matcher(markup);
      if (!name.lookingAt()) {
        if (!markup.regionMatches(true, 0, "<!doctype", 0, 9)) current.add(new Node(null, markup, false));
        continue;
      }
      String tag = name.group(1).toLowerCase(Locale.ROOT);
      if (DOCUMENT.contains(tag)) continue;
      if (markup.startsWith("</")) {
        for (Node open = current; open != root; open = open.parent) {
          if (open.name.equals(tag)) {
            current = open.parent;
            break;
          }
        }
        continue;
      }
      Set<String> closes = CLOSES.get(tag);
      while (closes != null && current != root && closes.contains(current.name)) current = current.parent;
      Node element = new Node(tag, NokogiriRoundTrip.startTag(tag, markup), false);
      current.add(element);
      if (NokogiriRoundTrip.VOID.contains(tag) || markup.endsWith("/>")) continue;
      current = element;
      if (RAW_TEXT.contains(tag)) {
        int close = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, i);
        int stop = close < 0 ? n : close;
        if (stop > i) element.add(new Node(null, html.substring(i, stop), true));
        i = stop;
      }
    }
    return root;
  }

  private static boolean within(Node node, Set<String> names) {
    for (Node n = node; n != null; n = n.parent) {
      if (n.name != null && names.contains(n.name)) return true;
    }
    return false;
  }

  private static void writeAll(List<Node> nodes, StringBuilder out) {
    for (int k = 0; k < nodes.size(); k++) write(nodes.get(k), k + 1 < nodes.size() ? nodes.get(k + 1) : null, out);
  }

  /** One node as libxml2's {@code htmlNodeDumpFormatOutput} writes it (with format on). */
  private static void write(Node node, Node next, StringBuilder out) {
    if (node.name == null) {
      out.append(node.text);
      return;
    }
    boolean block = BLOCK.contains(node.name) && node.name.charAt(0) != 'p';
    out.append(node.text);
    if (!NokogiriRoundTrip.VOID.contains(node.name)) {
      List<Node> kids = node.children;
      boolean several = kids.size() > 1;
      if (block && several && !kids.get(0).isText) out.append('\n');
      writeAll(kids, out);
      if (block && several && !kids.get(kids.size() - 1).isText) out.append('\n');
      out.append("</").append(node.name).append('>');
    }
    Node parent = node.parent;
    if (BLOCK.contains(node.name) && next != null && !next.isText
        && parent != null && parent.name != null && parent.name.charAt(0) != 'p') {
      out.append('\n');
    }
  }

  /** Where the next tag, comment or declaration starts (a lone {@code <} is text), or the end. */
  private static int nextMarkup(String html, int from) {
    int i = html.indexOf('<', from);
    while (i >= 0 && i + 1 < html.length()) {
      char c = html.charAt(i + 1);
      if (Character.isLetter(c) || c == '/' || c == '!' || c == '?') return i;
      i = html.indexOf('<', i + 1);
    }
    return html.length();
  }

  /** The end (exclusive) of the markup starting at {@code start}. */
  private static int markupEnd(String html, int start) {
    if (html.startsWith("<!--", start)) {
      int close = html.indexOf("-->", start + 4);
      return close < 0 ? html.length() : close + 3;
    }
    char quote = 0;
    for (int j = start + 1; j < html.length(); j++) {
      char c = html.charAt(j);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j + 1;
      }
    }
    return html.length();
  }
}

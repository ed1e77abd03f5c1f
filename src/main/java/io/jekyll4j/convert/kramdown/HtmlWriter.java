package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kramdown's HTML converter: the exact markup, indentation and new lines kramdown writes for each
 * element, footnotes at the end (or where {@code {:footnotes}} asks) and the table of contents
 * where {@code {:toc}} asks. One instance writes one document.
 */
final class HtmlWriter {
  private static final int INDENT = 2;
  private final KramdownOptions options;
  private final CodeWriter code;
  private final KNode root;
  final Deque<KNode> stack = new ArrayDeque<>();
  private final Map<String, Integer> usedIds = new HashMap<>();
  final List<Object[]> toc = new ArrayList<>();
  private final Footnotes footnotes;
  private final SpanValues values;
  private String tocPlaceholder;
  /** The toc_levels option, read once (options are fixed once the document is parsed). */
  private java.util.Set<Integer> tocLevels;
  private KNode tocList;
  private String footnotePlaceholder;

  HtmlWriter(KramdownOptions options, CodeWriter code, KNode root) {
    this.options = options;
    this.code = code;
    this.root = root;
    this.footnotes = new Footnotes(this, options);
    this.values = new SpanValues(options, root);
  }

  /** The whole document's HTML. */
  String write() {
    String result = inner(root, -INDENT);
    if (footnotePlaceholder != null) result = result.replace(footnotePlaceholder, footnotes.content());
    else {
      String notes = footnotes.content();
      if (!notes.isEmpty()) result = result + notes;
    }
    if (tocPlaceholder != null) {
      KNode tree = Toc.tree(toc, tocList);
      String text = tree.children.isEmpty() ? "" : convert(tree, 0);
      result = result.replace(tocPlaceholder, text);
    }
    return result;
  }

  String inner(KNode el, int indent) {
    if (el.children.isEmpty()) return "";
    StringBuilder out = new StringBuilder();
    innerTo(out, el, indent);
    return out.toString();
  }

  /**
   * Appends the children's HTML to {@code out}. Block containers (block quotes, lists, list
   * items, definition lists, tables, block HTML elements) append into the one buffer instead of
   * returning strings that every enclosing level copies again: kramdown indents each level, so a
   * document nested N deep is O(N^2) characters of HTML, and copying it at every level was
   * O(N^3) (a 4,000-deep block quote took minutes).
   */
  void innerTo(StringBuilder out, KNode el, int indent) {
    List<KNode> children = el.children;
    if (children.isEmpty()) return;
    stack.push(el);
    for (KNode c : children) convertTo(out, c, indent + INDENT);
    stack.pop();
  }

  /** Appends {@code el}'s HTML to {@code out}: what {@link #convert} returns, without copies. */
  void convertTo(StringBuilder out, KNode el, int indent) {
    switch (el.kind) {
      case BLOCKQUOTE -> indentedTo(out, "blockquote", el, indent);
      case DL -> indentedTo(out, "dl", el, indent);
      case TABLE, THEAD, TBODY, TFOOT, TR ->
          indentedTo(out, el.kind.name().toLowerCase(java.util.Locale.ROOT), el, indent);
      case UL, OL -> listTo(out, el, indent);
      case LI, DD -> listItemTo(out, el, indent);
      case ROOT, TEMP -> innerTo(out, el, indent);
      case HTML_ELEMENT -> htmlElementTo(out, el, indent);
      case P -> paragraphTo(out, el, indent);
      case TEXT -> values.textTo(out, el.text);
      case EM -> spanTo(out, "em", el, indent);
      case STRONG -> spanTo(out, "strong", el, indent);
      case A -> spanTo(out, "a", el, indent);
      default -> out.append(convert(el, indent));
    }
  }

  private void indentedTo(StringBuilder out, String name, KNode el, int indent) {
    String pad = " ".repeat(Math.max(indent, 0));
    out.append(pad).append('<').append(name).append(attrs(el.attr)).append(">\n");
    innerTo(out, el, indent);
    out.append(pad).append("</").append(name).append(">\n");
  }

  private KNode parent() {
    return stack.peek();
  }

  private boolean parentIsRawHtml() {
    KNode p = parent();
    return p != null && p.is(Kind.HTML_ELEMENT) && "raw".equals(p.options.get("content_model"));
  }

  String convert(KNode el, int indent) {
    return switch (el.kind) {
      case BLANK -> "\n";
      case TEXT -> values.text(el.str());
      case P -> paragraph(el, indent);
      case CODEBLOCK -> code.block(el, indent);
      case BLOCKQUOTE, DL, TABLE, THEAD, TBODY, TFOOT, TR, UL, OL, LI, DD, ROOT, TEMP, HTML_ELEMENT -> {
        StringBuilder out = new StringBuilder();
        convertTo(out, el, indent);
        yield out.toString();
      }
      case HEADER -> header(el, indent);
      case HR -> pad(indent) + "<hr" + attrs(el.attr) + " />\n";
      case DT -> dt(el, indent);
      case XML_COMMENT, XML_PI ->
          "block".equals(el.options.get("category")) && !parentIsRawHtml()
              ? pad(indent) + el.str() + "\n" : el.str();
      case TD -> td(el, indent);
      case COMMENT -> "block".equals(el.options.get("category"))
          ? pad(indent) + "<!-- " + el.str() + " -->\n" : "<!-- " + el.str() + " -->";
      case BR -> "<br />";
      case A -> span("a", el.attr, inner(el, indent));
      case IMG -> "<img" + attrs(el.attr) + " />";
      case CODESPAN -> code.span(el);
      case FOOTNOTE -> footnotes.marker(el);
      case RAW -> raw(el);
      case EM -> span("em", el.attr, inner(el, indent));
      case STRONG -> span("strong", el.attr, inner(el, indent));
      case ENTITY -> values.entityToStr((Entities.Entity) el.value, (String) el.options.get("original"));
      case TYPOGRAPHIC_SYM -> values.typographicSym((String) el.value);
      case SMART_QUOTE -> values.entityToStr(values.smartQuote((String) el.value), null);
      case MATH -> values.math(el, indent);
      case ABBREVIATION -> values.abbreviation(el);
      default -> "";
    };
  }

  /** {@link #span} of the element's children, appended to {@code out}. */
  private void spanTo(StringBuilder out, String name, KNode el, int indent) {
    out.append('<').append(name);
    attrsTo(out, el.attr);
    out.append('>');
    innerTo(out, el, indent);
    out.append("</").append(name).append('>');
  }

  /** A paragraph (a standalone image in one is a figure), appended to {@code out}. */
  private void paragraphTo(StringBuilder out, KNode el, int indent) {
    if (el.flag("transparent")) {
      innerTo(out, el, indent);
    } else if (el.children.size() == 1 && el.first().is(Kind.IMG) && el.first().ialRefs("standalone")) {
      out.append(figure(el, indent));
    } else {
      for (int i = 0; i < indent; i++) out.append(' ');
      out.append("<p");
      attrsTo(out, el.attr);
      out.append('>');
      innerTo(out, el, indent);
      out.append("</p>\n");
    }
  }

  private String paragraph(KNode el, int indent) {
    StringBuilder out = new StringBuilder();
    paragraphTo(out, el, indent);
    return out.toString();
  }

  /** A paragraph holding only a standalone image: a figure with the image's alt as caption. */
  private String figure(KNode el, int indent) {
    Map<String, String> figure = new LinkedHashMap<>(el.attr);
    Map<String, String> image = new LinkedHashMap<>(el.first().attr);
    if (image.containsKey("class") && !figure.containsKey("class")) figure.put("class", image.remove("class"));
    if (image.containsKey("id") && !figure.containsKey("id")) figure.put("id", image.remove("id"));
    String pad = " ".repeat(indent + INDENT);
    String body = pad + "<img" + attrs(image) + " />\n" + pad + "<figcaption>"
        + image.getOrDefault("alt", "") + "</figcaption>\n";
    return indented("figure", figure, body, indent);
  }

  private static final Pattern NO_TOC = Pattern.compile("\\bno_toc\\b");
  private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^a-zA-Z]+");
  private static final Pattern NON_ID_CHAR = Pattern.compile("[^a-zA-Z0-9 -]");
  private static final Pattern AUTO_IDS_REF = Pattern.compile("\\Aauto_ids(?:-([\\w-]+))?");

  private String header(KNode el, int indent) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr);
    if (options.autoIds() && !attr.containsKey("id")) {
      attr.put("id", generateId((String) el.options.getOrDefault("raw_text", "")));
    }
    int level = (Integer) el.options.get("level");
    if (attr.containsKey("id") && tocLevels().contains(level)
        && !NO_TOC.matcher(attr.getOrDefault("class", "")).find()) {
      toc.add(new Object[] {level, attr.get("id"), el.children});
    }
    int out = Math.max(Math.min(level + options.headerOffset(), 6), 1);
    return block("h" + out, attr, inner(el, indent), indent);
  }

  private java.util.Set<Integer> tocLevels() {
    if (tocLevels == null) tocLevels = options.tocLevels();
    return tocLevels;
  }

  private String generateId(String str) {
    String id = basicId(str);
    if (id.isEmpty()) id = "section";
    if (usedIds.containsKey(id)) {
      int n = usedIds.merge(id, 1, Integer::sum);
      id = id + "-" + n;
    } else {
      usedIds.put(id, 0);
    }
    return options.autoIdPrefix() + id;
  }

  static String basicId(String str) {
    return NON_ID_CHAR.matcher(LEADING_NON_LETTERS.matcher(str).replaceAll("")).replaceAll("")
        .replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
  }

  private void listTo(StringBuilder out, KNode el, int indent) {
    String tag = el.is(Kind.UL) ? "ul" : "ol";
    if (tocPlaceholder == null && el.ialRefs("toc")) {
      tocPlaceholder = "\u0000toc" + System.identityHashCode(el) + "\u0000";
      tocList = el;
      out.append(tocPlaceholder);
      return;
    }
    if (footnotePlaceholder == null && el.ialRefs("footnotes")) {
      footnotePlaceholder = "\u0000fn" + System.identityHashCode(el) + "\u0000";
      out.append(footnotePlaceholder);
      return;
    }
    indentedTo(out, tag, el, indent);
  }

  String listItem(KNode el, int indent) {
    StringBuilder out = new StringBuilder();
    listItemTo(out, el, indent);
    return out.toString();
  }

  private void listItemTo(StringBuilder out, KNode el, int indent) {
    String tag = el.is(Kind.LI) ? "li" : "dd";
    String pad = " ".repeat(indent);
    out.append(pad).append('<').append(tag).append(attrs(el.attr)).append('>');
    if (el.children.isEmpty() || (el.first().is(Kind.P) && el.first().flag("transparent"))) {
      int start = out.length();
      innerTo(out, el, indent);
      if (out.length() > start && out.charAt(out.length() - 1) == '\n') out.append(pad);
    } else {
      out.append('\n');
      innerTo(out, el, indent);
      out.append(pad);
    }
    out.append("</").append(tag).append(">\n");
  }

  private String dt(KNode el, int indent) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr);
    KNode dl = parent();
    if (!attr.containsKey("id") && dl != null && dl.ial() != null && dl.ial().get(":refs") instanceof List<?> refs) {
      for (Object ref : refs) {
        java.util.regex.Matcher m = AUTO_IDS_REF.matcher((String) ref);
        if (m.find()) {
          String prefix = m.group(1) == null ? "" : m.group(1);
          attr.put("id", (prefix + basicId((String) el.options.getOrDefault("raw_text", ""))).stripLeading());
          break;
        }
      }
    }
    return block("dt", attr, inner(el, indent), indent);
  }

  private void htmlElementTo(StringBuilder out, KNode el, int indent) {
    String name = el.str();
    if ("span".equals(el.options.get("category"))) {
      out.append('<').append(name).append(attrs(el.attr));
      int mark = out.length();
      out.append('>');
      int start = out.length();
      innerTo(out, el, indent);
      if (out.length() == start && Rx.HTML_ELEMENTS_WITHOUT_BODY.contains(name)) {
        out.setLength(mark);
        out.append(" />");
      } else {
        out.append("</").append(name).append('>');
      }
      return;
    }
    boolean rawParent = parentIsRawHtml();
    if (!rawParent) out.append(" ".repeat(indent));
    out.append('<').append(name).append(attrs(el.attr));
    String model = (String) el.options.get("content_model");
    if (el.flag("is_closed") && "raw".equals(model)) {
      out.append(" />");
    } else {
      boolean block = "block".equals(model);
      int mark = out.length();
      out.append(block ? ">\n" : ">");
      int start = out.length();
      innerTo(out, el, indent);
      if (out.length() == start) {
        out.setLength(mark);
        if (Rx.HTML_ELEMENTS_WITHOUT_BODY.contains(name)) out.append(" />");
        else out.append("></").append(name).append('>');
      } else if (!block) {
        out.append("</").append(name).append('>');
      } else {
        if (out.charAt(out.length() - 1) == '\n') out.setLength(out.length() - 1);
        out.append('\n').append(" ".repeat(indent)).append("</").append(name).append('>');
      }
    }
    if (!rawParent) out.append('\n');
  }

  @SuppressWarnings("unchecked")
  private String td(KNode el, int indent) {
    String res = inner(el, indent);
    KNode tr = stack.peek();
    Object[] chain = stack.toArray();
    KNode section = chain.length > 1 ? (KNode) chain[1] : null;
    KNode table = chain.length > 2 ? (KNode) chain[2] : null;
    String type = section != null && section.is(Kind.THEAD) ? "th" : "td";
    Map<String, String> attr = el.attr;
    List<String> alignment = table == null ? List.of() : (List<String>) table.options.get("alignment");
    int idx = tr.children.indexOf(el);
    String align = alignment != null && idx < alignment.size() ? alignment.get(idx) : "default";
    if (!align.equals("default")) {
      attr = new LinkedHashMap<>(el.attr);
      attr.put("style", (attr.containsKey("style") ? attr.get("style") + "; " : "") + "text-align: " + align);
    }
    return block(type, attr, res.isEmpty() ? values.entityToStr(Entities.byName("nbsp").orElseThrow(), null) : res, indent);
  }

  private String raw(KNode el) {
    String type = (String) el.options.getOrDefault("type", "");
    if (type.isBlank() || List.of(type.split("\\s+")).contains("html")) {
      return el.str() + ("block".equals(el.options.get("category")) ? "\n" : "");
    }
    return "";
  }

  String entityToStr(Entities.Entity e, String original) {
    return values.entityToStr(e, original);
  }

  /** Indentation: {@code indent} spaces (none when negative). */
  private static String pad(int indent) {
    return " ".repeat(Math.max(indent, 0));
  }

  static void attrsTo(StringBuilder out, Map<String, String> attr) {
    if (!attr.isEmpty()) out.append(attrs(attr));
  }

  static String attrs(Map<String, String> attr) {
    if (attr.isEmpty()) return "";
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : attr.entrySet()) {
      String v = e.getValue();
      if (v == null || (e.getKey().equals("id") && v.strip().isEmpty())) continue;
      sb.append(' ').append(e.getKey()).append("=\"").append(Escapes.html(v, Escapes.Mode.ATTRIBUTE)).append('"');
    }
    return sb.toString();
  }

  static String span(String name, Map<String, String> attr, String body) {
    return "<" + name + attrs(attr) + ">" + body + "</" + name + ">";
  }

  static String block(String name, Map<String, String> attr, String body, int indent) {
    return " ".repeat(Math.max(indent, 0)) + "<" + name + attrs(attr) + ">" + body + "</" + name + ">\n";
  }

  static String indented(String name, Map<String, String> attr, String body, int indent) {
    String pad = " ".repeat(Math.max(indent, 0));
    return pad + "<" + name + attrs(attr) + ">\n" + body + pad + "</" + name + ">\n";
  }
}

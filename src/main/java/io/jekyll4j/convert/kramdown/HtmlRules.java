package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's HTML rules: block-level tags (raw by default, parsed with {@code markdown="1"},
 * {@code "block"} or {@code "span"}), span-level tags (their content parsed as spans), comments
 * and processing instructions.
 */
final class HtmlRules {
  private final KramdownParser p;

  HtmlRules(KramdownParser p) {
    this.p = p;
  }

  private static final String WORD = "[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]";
  static final Pattern HTML_BLOCK_START = Scanner.re("^" + Rx.OPT_SPACE + "<(" + Rx.UNAME + "|!--|/)");
  static final Pattern HTML_SPAN_START = Scanner.re("<(" + Rx.UNAME + "|!--|/)");
  static final Pattern COMMENT = Scanner.reDotAll("<!--(.*?)-->");
  static final Pattern INSTRUCTION = Scanner.reDotAll("<\\?(.*?)\\?>");
  static final String TAG_S =
      "<((?>" + Rx.UNAME + "))\\s*((?>\\s+" + Rx.UNAME + "(?:\\s*=\\s*(?:" + WORD
          + "+|(\"|').*?\\3))?)*)\\s*(/)?>";
  static final Pattern TAG = Scanner.reDotAll(TAG_S);
  static final String TAG_CLOSE_S = "</(" + Rx.UNAME + ")\\s*>";
  static final Pattern TAG_CLOSE = Scanner.reDotAll(TAG_CLOSE_S);
  private static final Pattern BLOCK_TAG = Scanner.reDotAll("^" + Rx.OPT_SPACE + TAG_S);
  private static final Pattern BLOCK_TAG_CLOSE = Scanner.reDotAll("^" + Rx.OPT_SPACE + TAG_CLOSE_S);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s*(" + Rx.UNAME + ")(?:\\s*=\\s*(?:(" + WORD + "+)|(\"|')(.*?)\\3))?",
          Pattern.DOTALL);
  private static final Pattern NEWLINES = Pattern.compile("\\n+");
  private static final Pattern RAW_START = Scanner.re("(?=<(" + Rx.UNAME + "|/|!--|\\?))");

  private static String lowerIfKnown(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Rx.knownElement(lower) ? lower : name;
  }

  private static Map<String, String> attributes(String str, boolean known) {
    Map<String, String> attrs = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(str);
    while (m.find()) {
      String name = known ? m.group(1).toLowerCase(Locale.ROOT) : m.group(1);
      String val = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : "";
      attrs.put(name, val);
    }
    return attrs;
  }

  private static String markdownMode(Map<String, String> attrs) {
    String v = attrs.remove("markdown");
    if (v == null) return null;
    return switch (v) {
      case "0" -> "raw";
      case "1" -> "default";
      case "span" -> "span";
      case "block" -> "block";
      default -> null;
    };
  }

  private KNode addComment(Kind kind, String text, String category) {
    KNode el = new KNode(kind, text);
    el.options.put("category", category);
    p.tree.children.add(el);
    return el;
  }

  boolean blockHtml() {
    Scanner src = p.src;
    String result = src.scan(COMMENT);
    if (result != null) {
      addComment(Kind.XML_COMMENT, result, "block");
      src.scan(Rx.TRAILING_WHITESPACE);
      return true;
    }
    if (src.check(BLOCK_TAG) && !Rx.HTML_SPAN_ELEMENTS.contains(src.group(1).toLowerCase(Locale.ROOT))) {
      src.pos += src.matchedSize();
      startTag();
      return true;
    }
    if (src.check(BLOCK_TAG_CLOSE) && !Rx.HTML_SPAN_ELEMENTS.contains(src.group(1).toLowerCase(Locale.ROOT))) {
      String name = src.group(1).toLowerCase(Locale.ROOT);
      if (p.tree.is(Kind.HTML_ELEMENT) && p.tree.str().equals(name)) {
        src.pos += src.matchedSize();
        p.stopBlockParsing = true;
        return true;
      }
    }
    return false;
  }

  /** kramdown's handle_html_start_tag, with the scanner just past a start tag. */
  private void startTag() {
    Scanner src = p.src;
    String name = lowerIfKnown(src.group(1));
    boolean closed = src.group(4) != null;
    KNode el = new KNode(Kind.HTML_ELEMENT, name);
    el.attr.putAll(attributes(src.group(2), Rx.knownElement(name)));
    el.options.put("category", "block");
    p.tree.children.add(el);
    if (!closed && Rx.HTML_ELEMENTS_WITHOUT_BODY.contains(name)) closed = true;
    if (name.equals("script") || name.equals("style")) {
      int cur = src.pos;
      if (src.scanUntil(RegexCache.get("(?=</" + name + "\\s*>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL)) != null) {
        p.addText(src.string.substring(cur, src.pos), el, Kind.RAW);
        src.scan(TAG_CLOSE);
      } else {
        p.addText(src.rest(), el, Kind.RAW);
        src.terminate();
      }
      handleTag(el, false, false);
    } else {
      handleTag(el, closed, true);
    }
  }

  /** kramdown's handle_kramdown_html_tag: decides the content model and parses the body. */
  private void handleTag(KNode el, boolean closed, boolean handleBody) {
    Scanner src = p.src;
    if (p.blockIal != null) {
      el.options.put("ial", p.blockIal);
      p.blockIal = null;
    }
    boolean parentRaw = p.tree.is(Kind.HTML_ELEMENT) && "raw".equals(p.tree.options.get("content_model"));
    String model = !parentRaw && p.options.parseBlockHtml() ? Rx.contentModel(el.str()) : "raw";
    String mode = markdownMode(el.attr);
    if (mode != null) model = mode.equals("default") ? Rx.contentModel(el.str()) : mode;
    if (model.equals("block")) src.scan(Rx.TRAILING_WHITESPACE);
    el.options.put("content_model", model);
    el.options.put("is_closed", closed);
    if (closed || !handleBody) return;
    if (model.equals("block")) {
      p.parseBlocks(el, null);
    } else if (model.equals("span")) {
      int cur = src.pos;
      Pattern end = RegexCache.get("(?=</" + Pattern.quote(el.str()) + "\\s*>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
      if (src.scanUntil(end) != null) {
        p.addText(src.string.substring(cur, src.pos), el, p.textType);
        src.scan(TAG_CLOSE);
      } else {
        p.addText(src.rest(), el, p.textType);
        src.terminate();
      }
    } else {
      rawHtml(el);
    }
    if (!(p.tree.is(Kind.HTML_ELEMENT) && "raw".equals(p.tree.options.get("content_model")))) {
      src.scan(Rx.TRAILING_WHITESPACE);
    }
  }

  private void rawHtml(KNode el) {
    Scanner src = p.src;
    p.stack.push(new Object[] {p.tree});
    p.tree = el;
    boolean done = false;
    while (!src.eos() && !done) {
      String result = src.scanUntil(RAW_START);
      if (result != null) {
        p.addText(result, p.tree, Kind.TEXT);
        if ((result = src.scan(COMMENT)) != null) {
          addComment(Kind.XML_COMMENT, result, "block");
        } else if ((result = src.scan(INSTRUCTION)) != null) {
          addComment(Kind.XML_PI, result, "block");
        } else if (src.scan(TAG) != null) {
          startTag();
        } else if (src.scan(TAG_CLOSE) != null) {
          String v = p.tree.str();
          String close = Rx.knownElement(v) ? src.group(1).toLowerCase(Locale.ROOT) : src.group(1);
          if (v.equals(close)) done = true;
          else p.addText(src.matched(), p.tree, Kind.TEXT);
        } else {
          p.addText(src.getch(), p.tree, Kind.TEXT);
        }
      } else {
        p.addText(src.rest(), p.tree, Kind.TEXT);
        src.terminate();
        done = true;
      }
    }
    p.tree = (KNode) p.stack.pop()[0];
  }

  void spanHtml() {
    Scanner src = p.src;
    String result;
    if ((result = src.scan(COMMENT)) != null) {
      addComment(Kind.XML_COMMENT, result, "span");
    } else if ((result = src.scan(TAG_CLOSE)) != null) {
      p.addText(result);
    } else if ((result = src.scan(TAG)) != null) {
      String tag = lowerIfKnown(src.group(1));
      if (Rx.HTML_BLOCK_ELEMENTS.contains(tag)) {
        p.addText(result);
        return;
      }
      boolean selfClosed = src.group(4) != null;
      Map<String, String> attrs = attributes(src.group(2), Rx.knownElement(tag));
      attrs.replaceAll((k, v) -> v.isEmpty() ? v : NEWLINES.matcher(v).replaceAll(" "));
      boolean parse = !(Rx.contentModel(tag).equals("raw")
          || "raw".equals(p.tree.options.get("content_model"))) && p.options.parseSpanHtml();
      String mode = markdownMode(attrs);
      if ("span".equals(mode)) parse = true;
      else if ("default".equals(mode)) parse = !Rx.contentModel(tag).equals("raw");
      else if ("raw".equals(mode)) parse = false;
      KNode el = new KNode(Kind.HTML_ELEMENT, tag);
      el.attr.putAll(attrs);
      el.options.put("category", "span");
      el.options.put("content_model", parse ? "span" : "raw");
      el.options.put("is_closed", selfClosed);
      p.tree.children.add(el);
      int flags = Pattern.MULTILINE | Pattern.UNIX_LINES | (Rx.knownElement(tag) ? Pattern.CASE_INSENSITIVE : 0);
      Pattern stop = RegexCache.get("</" + Pattern.quote(tag) + "\\s*>", flags);
      if (!selfClosed && !Rx.HTML_ELEMENTS_WITHOUT_BODY.contains(tag)) {
        if (p.spans.parseSpans(el, stop, parse ? null : java.util.List.of("span_html"), p.textType, null)) {
          src.scan(stop);
        } else {
          p.addText(src.rest(), el, p.textType);
          src.terminate();
        }
      }
    } else {
      p.addText(src.getch());
    }
  }
}

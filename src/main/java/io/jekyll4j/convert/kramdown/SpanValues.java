package io.jekyll4j.convert.kramdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How kramdown writes text and the small span values: escaped text, entities (by {@code
 * entity_output}), typographic symbols, smart quotes (by {@code smart_quotes}), math (MathJax
 * delimiters or kramdown's own) and abbreviations.
 */
final class SpanValues {
  private final KramdownOptions options;
  private final KNode root;

  /* Option values read per element, taken once (options are fixed once the document is parsed). */
  private Boolean removeLineBreaksForCjk;
  private Map<String, String> typographicSymbols;
  private List<String> smartQuotes;
  private String entityOutput;

  SpanValues(KramdownOptions options, KNode root) {
    this.options = options;
    this.root = root;
  }

  private static final Pattern CJK_LINE_BREAK = Pattern.compile(
      "([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+)\n([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+)");

  String text(String value) {
    String escaped = Escapes.html(value, Escapes.Mode.TEXT);
    if (removeLineBreaksForCjk == null) removeLineBreaksForCjk = options.removeLineBreaksForCjk();
    if (!removeLineBreaksForCjk) return escaped;
    String before;
    do {
      before = escaped;
      escaped = CJK_LINE_BREAK.matcher(escaped).replaceAll("$1$2");
    } while (!escaped.equals(before));
    return escaped;
  }

  /** {@link #text} of {@code value}, appended to {@code out}. */
  void textTo(StringBuilder out, StringBuilder value) {
    if (value == null) {
      out.append(text(""));
      return;
    }
    if (removeLineBreaksForCjk == null) removeLineBreaksForCjk = options.removeLineBreaksForCjk();
    if (removeLineBreaksForCjk || Escapes.hasSpecial(value)) out.append(text(value.toString()));
    else out.append(value);
  }

  String typographicSym(String sym) {
    if (typographicSymbols == null) typographicSymbols = options.typographicSymbols();
    String custom = typographicSymbols.get(sym);
    if (custom != null) return Escapes.html(custom, Escapes.Mode.TEXT);
    return switch (sym) {
      case "laquo_space" -> ent("laquo") + ent("nbsp");
      case "raquo_space" -> ent("nbsp") + ent("raquo");
      default -> ent(sym);
    };
  }

  private String ent(String name) {
    return entityToStr(Entities.byName(name).orElseThrow(), null);
  }

  Entities.Entity smartQuote(String which) {
    int i = List.of("lsquo", "rsquo", "ldquo", "rdquo").indexOf(which);
    if (smartQuotes == null) smartQuotes = options.smartQuotes();
    String name = smartQuotes.get(i);
    return Entities.byName(name).orElseGet(() -> {
      try {
        return Entities.byCodePoint(Integer.parseInt(name));
      } catch (NumberFormatException e) {
        return Entities.byName(which).orElseThrow();
      }
    });
  }

  String math(KNode el, int indent) {
    boolean block = "block".equals(el.options.get("category"));
    if ("mathjax".equals(options.mathEngine())) {
      String value = Escapes.html(el.str(), Escapes.Mode.ALL);
      String result = block ? "\\[" + value + "\\]\n" : "\\(" + value + "\\)";
      if (el.attr.isEmpty()) return result;
      return block ? HtmlWriter.block("div", el.attr, result, indent) : HtmlWriter.span("span", el.attr, "$" + el.str() + "$");
    }
    Map<String, String> attr = new LinkedHashMap<>(el.attr);
    attr.put("class", (attr.getOrDefault("class", "") + " kdmath").stripLeading());
    return block ? HtmlWriter.block("div", attr, "$$\n" + el.str() + "\n$$", indent) : HtmlWriter.span("span", attr, "$" + el.str() + "$");
  }

  String abbreviation(KNode el) {
    Object defs = root.options.get("abbrev_defs");
    String title = defs == null ? null : (String) castMap(defs).get(el.str());
    Map<String, String> attr = new LinkedHashMap<>();
    Object attrs = root.options.get("abbrev_attr");
    if (attrs != null) {
      KNode eob = castMap(attrs).get(el.str()) instanceof KNode k ? k : null;
      if (eob != null) attr.putAll(eob.attr);
    }
    if (title != null && !title.isEmpty()) attr.put("title", title);
    return HtmlWriter.span("abbr", attr, el.str());
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> castMap(Object o) {
    return (Map<String, V>) o;
  }

  String entityToStr(Entities.Entity e, String original) {
    if (entityOutput == null) entityOutput = options.entityOutput();
    String out = entityOutput;
    String c = e.chars();
    boolean escaped = Escapes.isEscaped(c);
    if (out.equals("as_char") && (c.equals("\"") || !escaped)) return c;
    if ((out.equals("as_input") || out.equals("as_char")) && original != null) return original;
    if ((out.equals("symbolic") || escaped) && e.name() != null) return "&" + e.name() + ";";
    return "&#" + e.codePoint() + ";";
  }

}

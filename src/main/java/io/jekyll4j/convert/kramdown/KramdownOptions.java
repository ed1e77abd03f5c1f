package io.jekyll4j.convert.kramdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * kramdown's options as Jekyll 4.3 sets them: Jekyll's defaults ({@code input: GFM},
 * {@code auto_ids: true}, {@code hard_wrap: false}, {@code entity_output: as_char}, Rouge with
 * {@code default_lang: plaintext} and {@code guess_lang: true}, ...) overridden by the site's
 * {@code kramdown:} settings. A document gets its own copy, which {@code {::options}} may change.
 */
public final class KramdownOptions {
  private final Map<String, Object> values = new LinkedHashMap<>();

  private KramdownOptions() {}

  /** Options from the site config map (its {@code kramdown:} and {@code highlighter:} keys). */
  public static KramdownOptions fromSiteConfig(Map<String, Object> site) {
    KramdownOptions o = new KramdownOptions();
    Map<String, Object> v = o.values;
    v.put("input", "GFM");
    v.put("auto_ids", true);
    v.put("auto_id_prefix", "");
    v.put("auto_id_stripping", false);
    v.put("toc_levels", List.of(1, 2, 3, 4, 5, 6));
    v.put("smart_quotes", "lsquo,rsquo,ldquo,rdquo");
    v.put("hard_wrap", false);
    v.put("footnote_nr", 1);
    v.put("entity_output", "as_char");
    v.put("math_engine", "mathjax");
    v.put("gfm_quirks", "paragraph_end");
    v.put("parse_block_html", false);
    v.put("parse_span_html", true);
    v.put("footnote_backlink", "&#8617;");
    v.put("footnote_backlink_inline", false);
    v.put("footnote_prefix", "");
    v.put("header_offset", 0);
    v.put("typographic_symbols", Map.of());
    v.put("guess_lang", true);
    Object highlighter = site == null ? null : site.get("highlighter");
    v.put("syntax_highlighter", highlighter == null ? "rouge" : highlighter.toString());
    v.put("syntax_highlighter_opts", Map.of());
    Object k = site == null ? null : site.get("kramdown");
    if (k instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() != null || !e.getKey().toString().equals("input")) v.put(e.getKey().toString(), e.getValue());
      }
    }
    // Jekyll: config["syntax_highlighter"] ||= highlighter
    if (v.get("syntax_highlighter") == null || Boolean.FALSE.equals(v.get("syntax_highlighter"))) {
      v.put("syntax_highlighter", highlighter == null ? "rouge" : highlighter.toString());
    }
    return o;
  }

  /** A copy for one document. */
  public KramdownOptions copy() {
    KramdownOptions o = new KramdownOptions();
    o.values.putAll(values);
    return o;
  }

  /** The options Jekyll's {@code smartify} filter uses: the same, with the SmartyPants parser. */
  public KramdownOptions smartyPants() {
    KramdownOptions o = copy();
    o.values.put("input", "SmartyPants");
    return o;
  }

  boolean smartyPantsInput() {
    return str("input").equalsIgnoreCase("smartypants");
  }

  /** {@code {::options key="value" /}} inside a document. */
  void setInline(String key, String value) {
    if (key.equals("template") || key.equals("forbidden_inline_options")) return;
    Object old = values.get(key);
    if (old instanceof Boolean) values.put(key, !(value.equals("false") || value.equals("nil") || value.isEmpty()));
    else if (old instanceof Integer) {
      try {
        values.put(key, Integer.parseInt(value.trim()));
      } catch (NumberFormatException e) {
        // kramdown ignores an option value it cannot parse
      }
    } else values.put(key, value);
  }

  private String str(String key) {
    Object o = values.get(key);
    return o == null ? "" : o.toString();
  }

  private boolean bool(String key) {
    Object o = values.get(key);
    return o instanceof Boolean b ? b : o != null && !o.toString().equals("false") && !o.toString().isEmpty();
  }

  private int integer(String key, int dflt) {
    Object o = values.get(key);
    if (o instanceof Number n) return n.intValue();
    try {
      return Integer.parseInt(str(key).trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  public boolean gfm() {
    return str("input").equalsIgnoreCase("gfm");
  }

  private List<String> list(String key) {
    Object o = values.get(key);
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) for (Object x : l) out.add(String.valueOf(x).trim());
    else for (String s : str(key).split(",")) if (!s.isBlank()) out.add(s.trim());
    return out;
  }

  /** The last {@code gfm_quirks} value parsed, and its items (asked for at every paragraph). */
  private Object quirksValue;
  private List<String> quirks = List.of();

  private List<String> quirks() {
    Object v = values.get("gfm_quirks");
    if (v != quirksValue || v == null) {
      quirks = list("gfm_quirks");
      quirksValue = v;
    }
    return quirks;
  }

  boolean quirkParagraphEnd() {
    return quirks().contains("paragraph_end");
  }

  boolean quirkNoAutoTypographic() {
    return quirks().contains("no_auto_typographic");
  }

  public boolean autoIds() {
    return bool("auto_ids");
  }

  public String autoIdPrefix() {
    return str("auto_id_prefix");
  }

  boolean autoIdStripping() {
    return gfm() || bool("auto_id_stripping");
  }

  Set<Integer> tocLevels() {
    Object o = values.get("toc_levels");
    Set<Integer> out = new LinkedHashSet<>();
    String s = o instanceof List<?> ? "" : str("toc_levels");
    try {
      if (o instanceof List<?> l) {
        for (Object x : l) out.add(Integer.parseInt(x.toString().trim()));
      } else if (s.contains("..")) {
        String[] r = s.split("\\.\\.");
        for (int i = Integer.parseInt(r[0].trim()); i <= Integer.parseInt(r[1].trim()); i++) out.add(i);
      } else {
        for (String x : s.split(",")) if (!x.isBlank()) out.add(Integer.parseInt(x.trim()));
      }
    } catch (RuntimeException e) {
      // kramdown's option check: Kramdown::Error "Invalid syntax for option toc_levels"
      throw new io.jekyll4j.diag.BuildException(io.jekyll4j.diag.SourceLocation.of("_config.yml"),
          "Invalid syntax for option toc_levels: " + o + " (kramdown setting)", e).aboutConfigKey("kramdown");
    }
    return out;
  }

  List<String> smartQuotes() {
    return list("smart_quotes");
  }

  boolean hardWrap() {
    return bool("hard_wrap");
  }

  boolean removeLineBreaksForCjk() {
    return bool("remove_line_breaks_for_cjk");
  }

  int footnoteNr() {
    return integer("footnote_nr", 1);
  }

  String entityOutput() {
    return str("entity_output").toLowerCase(Locale.ROOT);
  }

  String mathEngine() {
    return str("math_engine");
  }

  boolean parseBlockHtml() {
    return bool("parse_block_html");
  }

  boolean parseSpanHtml() {
    return bool("parse_span_html");
  }

  String footnoteBacklink() {
    return str("footnote_backlink");
  }

  boolean footnoteBacklinkInline() {
    return bool("footnote_backlink_inline");
  }

  String footnotePrefix() {
    return str("footnote_prefix");
  }

  int headerOffset() {
    return integer("header_offset", 0);
  }

  @SuppressWarnings("unchecked")
  Map<String, String> typographicSymbols() {
    Object o = values.get("typographic_symbols");
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Map<?, ?> m) m.forEach((a, b) -> out.put(String.valueOf(a), String.valueOf(b)));
    return out;
  }

  /**
   * Whether kramdown highlights: its {@code syntax_highlighter} (Jekyll passes the site's
   * {@code highlighter} unless kramdown's own is set) names a highlighter kramdown has. A name it
   * does not know ({@code pygments}, {@code none}, ...) means no highlighting at all: plain
   * {@code <pre><code>} and code spans without Rouge's classes. {@code coderay}, which jekyll4j
   * does not have, is highlighted with Rouge.
   */
  boolean highlighting() {
    String s = str("syntax_highlighter");
    return s.equals("rouge") || s.equals("coderay");
  }

  /** {@code syntax_highlighter_opts} merged for "block" or "span" code, as kramdown's Rouge glue does. */
  Map<String, Object> highlighterOptions(String type) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("default_lang", "plaintext");
    out.put("guess_lang", values.get("guess_lang"));
    Object o = values.get("syntax_highlighter_opts");
    if (o instanceof Map<?, ?> m) {
      m.forEach((a, b) -> {
        if (!a.toString().equals("block") && !a.toString().equals("span") && b != null) out.put(a.toString(), b);
      });
      if (m.get(type) instanceof Map<?, ?> sub) sub.forEach((a, b) -> out.put(a.toString(), b));
    }
    out.put("guess_lang", values.get("guess_lang"));
    return out;
  }
}

package io.jekyll4j.convert.kramdown;

import io.jekyll4j.highlight.Highlighter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code blocks and code spans as kramdown writes them with Rouge under Jekyll: highlighted code in
 * {@code <div class="language-X highlighter-rouge">} (blocks) or {@code <code
 * class="language-X highlighter-rouge">} (spans); a language Rouge does not know is left
 * unhighlighted in {@code <pre><code class="language-X">}.
 */
final class CodeWriter {
  private final Highlighter highlighter;
  private final KramdownOptions options;
  /** {@link KramdownOptions#highlighterOptions} by type (only read; options are fixed once parsed). */
  private final Map<String, Map<String, Object>> highlighterOptions = new HashMap<>(4);

  CodeWriter(Highlighter highlighter, KramdownOptions options) {
    this.highlighter = highlighter;
    this.options = options;
  }

  private static final Pattern LANGUAGE_CLASS = Pattern.compile("\\blanguage-(\\S+)");

  private static String language(Map<String, String> attr) {
    String cls = attr.get("class");
    if (cls == null || !cls.contains("language-")) return null;
    Matcher m = LANGUAGE_CLASS.matcher(cls);
    return m.find() ? m.group(1) : null;
  }

  private static final Pattern SHOW_WHITESPACES = Pattern.compile("(?s).*\\bshow-whitespaces\\b.*");

  private static boolean showWhitespaces(String cls) {
    return cls.contains("show-whitespaces") && SHOW_WHITESPACES.matcher(cls).matches();
  }

  /** Whether Rouge has a lexer for the name (options after '?' ignored). */
  private boolean knows(String lang) {
    String name = lang.contains("?") ? lang.substring(0, lang.indexOf('?')) : lang;
    return name.equals("plaintext") || name.equals("text") || highlighter.knows(name);
  }

  private Map<String, Object> highlighterOptions(String type) {
    return highlighterOptions.computeIfAbsent(type, options::highlighterOptions);
  }

  /** The highlighted tokens, or empty when kramdown would not highlight. */
  private Optional<String> highlight(String text, String lang, String type) {
    if (!options.highlighting()) return Optional.empty();
    Map<String, Object> opts = highlighterOptions(type);
    Object dflt = opts.get("default_lang");
    boolean guess = Boolean.TRUE.equals(opts.get("guess_lang"));
    String name = lang != null ? lang : dflt == null ? null : dflt.toString();
    if (name == null && !guess) return Optional.empty();
    if (name == null || Boolean.TRUE.equals(opts.get("disable")) || !knows(name)) return Optional.empty();
    String base = name.contains("?") ? name.substring(0, name.indexOf('?')) : name;
    if ((base.equals("plaintext") || base.equals("text")) && !guess) return Optional.empty();
    if (lineNumbers(opts)) {
      return Optional.of(highlighter.highlightWithLineNumbers(text, base, startLine(opts)));
    }
    // Rouge's plain text lexer gives one Text token, which its formatter writes escaped (& < >)
    // without a span: the same string, without running the lexer machinery (code spans)
    if (base.equals("plaintext") || base.equals("text")) return Optional.of(Escapes.html(text, Escapes.Mode.ALL));
    return Optional.of(highlighter.highlight(text, base));
  }

  /** kramdown's Rouge glue hands {@code line_numbers} to Rouge's HTMLLegacy: any true value. */
  private static boolean lineNumbers(Map<String, Object> opts) {
    Object v = opts.get("line_numbers");
    return v != null && !Boolean.FALSE.equals(v);
  }

  private static long startLine(Map<String, Object> opts) {
    Object v = opts.get("start_line");
    if (v instanceof Number n) return n.longValue();
    try {
      return v == null ? 1 : Long.parseLong(v.toString().strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private String defaultLang(String type) {
    Object d = highlighterOptions(type).get("default_lang");
    return d == null ? null : d.toString();
  }

  private static void addHighlighterClass(Map<String, String> attr, String lang) {
    String cls = (attr.getOrDefault("class", "") + " highlighter-rouge").stripLeading();
    if (lang != null) {
      Matcher m = LANGUAGE_CLASS.matcher(cls.contains("language-") ? cls : "");
      cls = m.find() && m.start() == 0
          ? "language-" + lang + cls.substring(m.end())
          : "language-" + lang + " " + cls;
    }
    attr.put("class", cls);
  }

  String block(KNode el, int indent) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr);
    String lang = language(attr);
    if (lang != null) {
      String cls = LANGUAGE_CLASS.matcher(attr.get("class")).replaceFirst("").strip();
      if (cls.isEmpty()) attr.remove("class");
      else attr.put("class", cls);
    }
    String pad = " ".repeat(Math.max(indent, 0));
    String lexName = el.options.get("lang") instanceof String s ? s : lang;
    Optional<String> highlighted = highlight(el.str(), lexName, "block");
    if (highlighted.isPresent()) {
      String shown = lang != null ? lang : defaultLang("block");
      if (attr.isEmpty() && !lineNumbers(highlighterOptions("block"))) {
        return indentBlock(fencedBlock(el.str(), shown), pad);
      }
      addHighlighterClass(attr, shown);
      return pad + "<div" + HtmlWriter.attrs(attr) + "><div class=\"highlight\"><pre class=\"highlight\"><code>"
          + highlighted.get() + "</code></pre></div>" + pad + "</div>\n";
    }
    String result = Escapes.html(el.str(), Escapes.Mode.ALL);
    if (result.endsWith("\n")) result = result.substring(0, result.length() - 1);
    if (showWhitespaces(el.attr.getOrDefault("class", ""))) result = showWhitespace(result);
    Map<String, String> codeAttr = new LinkedHashMap<>();
    if (lang != null) codeAttr.put("class", "language-" + lang);
    return pad + "<pre" + HtmlWriter.attrs(attr) + "><code" + HtmlWriter.attrs(codeAttr) + ">" + result
        + "\n</code></pre>\n";
  }

  private static final Pattern WHITESPACE_RUN = Pattern.compile("(^[ \\t]+)|([ \\t]+$)|([ \\t]+)", Pattern.MULTILINE);

  /** kramdown's {@code show-whitespaces} class: each space and tab of the code made visible. */
  private static String showWhitespace(String code) {
    Matcher m = WHITESPACE_RUN.matcher(code);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String suffix = m.group(1) != null ? "-l" : m.group(2) != null ? "-r" : "";
      StringBuilder run = new StringBuilder();
      for (char c : m.group().toCharArray()) {
        run.append(c == '\t'
            ? "<span class=\"ws-tab" + suffix + "\">\t</span>"
            : "<span class=\"ws-space" + suffix + "\">&#8901;</span>");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(run.toString()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The wrapper of a highlighted fenced block with no other attributes: the highlighter's. */
  private String fencedBlock(String code, String lang) {
    return highlighter.fencedBlock(code, lang);
  }

  /** kramdown indents the opening tag and the outer closing tag of a block inside a list. */
  private static String indentBlock(String html, String pad) {
    if (pad.isEmpty()) return html;
    String end = "</div>\n";
    return pad + html.substring(0, html.length() - end.length()) + pad + end;
  }

  String span(KNode el) {
    Map<String, String> attr = new LinkedHashMap<>(el.attr);
    String lang = language(attr);
    Optional<String> highlighted = highlight(el.str(), lang, "span");
    String body;
    if (highlighted.isPresent()) {
      addHighlighterClass(attr, lang != null ? lang : defaultLang("span"));
      body = highlighted.get();
    } else {
      body = Escapes.html(el.str(), Escapes.Mode.ALL);
    }
    return HtmlWriter.span("code", attr, body);
  }
}

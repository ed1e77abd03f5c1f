package io.jekyll4j.convert.kramdown;

import io.jekyll4j.convert.kramdown.KNode.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * kramdown's span-level parsing loop: the text is scanned up to the next place where any span
 * rule could start (or a stop pattern), and the rules are tried there in kramdown's order.
 */
final class SpanRules {
  private final KramdownParser p;
  final InlineRules inline;
  final LinkRules links;
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final List<String> defaultOrder = new ArrayList<>();

  private static final Pattern SPAN_EXTENSIONS_START = Scanner.re("\\{:");

  record Rule(String name, Pattern start, String spanStart, Runnable parse, int bit) {}

  SpanRules(KramdownParser p) {
    this.p = p;
    this.inline = new InlineRules(p);
    this.links = new LinkRules(p);
    KramdownOptions o = p.options;
    add("emphasis", InlineRules.EMPHASIS_START, "\\*|_", inline::emphasis);
    add("codespan", InlineRules.CODESPAN_DELIMITER, "`", inline::codespan);
    add("autolink", InlineRules.AUTOLINK_START, "<", links::autolink);
    add("span_html", HtmlRules.HTML_SPAN_START, "<", p.html::spanHtml);
    add("footnote_marker", InlineRules.FOOTNOTE_MARKER_START, "\\[", links::footnoteMarker);
    add("link", InlineRules.LINK_START, "!?\\[", links::link);
    add("smart_quotes", SmartQuotes.SMART_QUOTES_RE, "[^\\\\]?[\"']", () -> SmartQuotes.parse(p));
    add("inline_math", InlineRules.INLINE_MATH_START, "\\$", inline::inlineMath);
    add("span_extensions", SPAN_EXTENSIONS_START, "\\{:", p.extensions::spanExtensions);
    add("html_entity", InlineRules.HTML_ENTITY_RE, "&", inline::htmlEntity);
    if (!(o.gfm() && o.quirkNoAutoTypographic())) {
      add("typographic_syms", InlineRules.TYPOGRAPHIC_SYMS_RE,
          "--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)", inline::typographicSyms);
    }
    if (!(o.gfm() && o.hardWrap())) {
      add("line_break", InlineRules.LINE_BREAK, "(  |\\\\\\\\)(?=\\n)", inline::lineBreak);
    }
    add("escaped_chars", o.gfm() ? InlineRules.ESCAPED_CHARS_GFM : InlineRules.ESCAPED_CHARS,
        "\\\\", inline::escapedChars);
    if (o.gfm()) add("strikethrough_gfm", InlineRules.STRIKETHROUGH_MATCH, "~~", inline::strikethrough);
    if (o.smartyPantsInput()) {
      defaultOrder.clear();
      defaultOrder.addAll(List.of("smart_quotes", "html_entity", "typographic_syms", "span_html"));
    }
    defaultStarts = startsFor(defaultOrder);
    defaultRules = rulesFor(defaultOrder);
  }

  /** The rules of the default order, in that order. */
  private final Rule[] defaultRules;

  private Rule[] rulesFor(List<String> names) {
    Rule[] out = new Rule[names.size()];
    for (int i = 0; i < out.length; i++) out[i] = rules.get(names.get(i));
    return out;
  }

  private void add(String name, Pattern start, String spanStart, Runnable parse) {
    rules.put(name, new Rule(name, start, spanStart, parse, SpanStarts.bit(name)));
    defaultOrder.add(name);
  }

  /** The look-ahead union of the rules' (and the stop pattern's) starts, with its pre-test. */
  private record Start(Pattern union, SpanStarts starts) {}

  /**
   * By rule list, then by stop pattern (or {@link #NO_STOP}), shared by all documents: a pure
   * memo (the span starts are constants per rule name and both parts are immutable), bounded
   * because stop patterns can come from tag names in the text.
   */
  private static final Map<List<String>, Map<Object, Start>> SHARED_STARTS = new ConcurrentHashMap<>();
  private static final Object NO_STOP = new Object();
  private static final int MAX_STOPS = 1024;
  private final Map<Object, Start> defaultStarts;

  private static Map<Object, Start> startsFor(List<String> names) {
    Map<Object, Start> m = SHARED_STARTS.get(names);
    if (m == null) {
      m = new ConcurrentHashMap<>();
      Map<Object, Start> prev = SHARED_STARTS.putIfAbsent(List.copyOf(names), m);
      if (prev != null) m = prev;
    }
    return m;
  }

  private Start start(List<String> names, Pattern stop) {
    Map<Object, Start> byStop = names == defaultOrder ? defaultStarts : startsFor(names);
    Object key = stop == null ? NO_STOP : stop;
    Start s = byStop.get(key);
    if (s == null) {
      StringBuilder sb = new StringBuilder();
      for (String n : names) {
        if (sb.length() > 0) sb.append('|');
        sb.append(rules.get(n).spanStart());
      }
      String union = stop == null ? sb.toString() : "(?:" + stop.pattern() + ")|" + sb;
      s = new Start(RegexCache.re("(?=" + union + ")"), SpanStarts.of(names, stop));
      if (byStop.size() >= MAX_STOPS) byStop.clear();
      byStop.put(key, s);
    }
    return s;
  }

  /**
   * Parses spans from the current scanner into {@code el}. With a stop pattern, returns true
   * when it was found (and {@code accept}, if given, agreed) without consuming it.
   */
  boolean parseSpans(KNode el, Pattern stop, List<String> parsers, Kind textType, BooleanSupplier accept) {
    boolean pushed = p.tree != null;
    if (pushed) p.stack.push(new Object[] {p.tree, p.textType});
    p.tree = el;
    p.textType = textType;
    List<String> names = parsers == null ? defaultOrder : parsers;
    Start start = start(names, stop);
    Pattern used = start.union();
    SpanStarts starts = start.starts();
    Rule[] ruleList = names == defaultOrder ? defaultRules : rulesFor(names);
    boolean stopFound = false;
    Scanner src = p.src;
    while (!src.eos() && !stopFound) {
      int at;
      if (starts != null) {
        at = src.nextSpanStart(starts);
        if (at >= 0) {
          p.addText(src.string, src.pos, at);
          src.pos = at;
        }
      } else {
        String result = src.scanUntil(used);
        at = result == null ? -1 : src.pos;
        if (result != null) p.addText(result);
      }
      if (at >= 0) {
        if (stop != null && src.check(stop)) stopFound = accept == null || accept.getAsBoolean();
        boolean processed = false;
        if (!stopFound) {
          char[] chars = src.chars();
          for (Rule r : ruleList) {
            if (SpanStarts.ruleMayStart(r.bit(), chars, src.pos, chars.length) && src.check(r.start())) {
              r.parse().run();
              processed = true;
              break;
            }
          }
        }
        if (!processed && !stopFound) p.addText(src.getch());
      } else {
        if (stop == null) {
          p.addText(src.string, src.pos, src.string.length());
          src.terminate();
        }
        break;
      }
    }
    if (!pushed) {
      p.tree = null;
    } else {
      Object[] frame = p.stack.pop();
      p.tree = (KNode) frame[0];
      p.textType = (Kind) frame[1];
    }
    return stopFound;
  }

  /** Parses {@code text} alone with some rules into raw-text children (used by tables). */
  List<KNode> parseWith(String text, List<String> parsers) {
    Object[] env = saveEnv();
    p.src = new Scanner(text, p.matchers);
    p.tree = null;
    p.blockIal = null;
    p.stack = new ArrayDeque<>();
    p.textType = Kind.RAW_TEXT;
    KNode root = new KNode(Kind.ROOT);
    parseSpans(root, null, parsers, Kind.RAW_TEXT, null);
    restoreEnv(env);
    return root.children;
  }

  Object[] saveEnv() {
    return new Object[] {p.src, p.tree, p.blockIal, p.stack, p.textType};
  }

  @SuppressWarnings("unchecked")
  void restoreEnv(Object[] env) {
    p.src = (Scanner) env[0];
    p.tree = (KNode) env[1];
    p.blockIal = (Map<String, Object>) env[2];
    p.stack = (ArrayDeque<Object[]>) env[3];
    p.textType = (Kind) env[4];
  }
}

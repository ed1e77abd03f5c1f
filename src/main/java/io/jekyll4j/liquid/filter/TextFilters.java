package io.jekyll4j.liquid.filter;

import io.jekyll4j.url.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateParser;

/**
 * Jekyll's text filters: {@code xml_escape}, {@code jsonify}, {@code inspect}, {@code slugify},
 * {@code number_of_words}, {@code array_to_sentence_string}, {@code to_integer}, {@code
 * normalize_whitespace} and the converter-backed {@code markdownify}, {@code smartify}, {@code
 * sassify}, {@code scssify}.
 */
public final class TextFilters {
  private static final String CJK = "\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangul}";
  private static final Pattern CJK_CHAR = Pattern.compile("[" + CJK + "]");
  private static final Pattern WORD = Pattern.compile("[^" + CJK + "\\s]+");

  static final Pattern SPACES = Pattern.compile("[ \\t\\n\\u000b\\f\\r]+");
  private TextFilters() {}

  public static void register(TemplateParser.Builder b, SiteFunctions site) {
    // Jekyll calls Ruby's to_s: an array is written in its inspect form, quotes escaped
    b.withFilter(new NamedFilter("xml_escape", (v, c, p) -> v == null ? "" : xmlEscape(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("inspect", (v, c, p) ->
        xmlEscape(v instanceof io.jekyll4j.liquid.drop.JsonView j && j.isDrop() ? Json.pretty(v) : Ruby.inspect(v))));
    b.withFilter(new NamedFilter("jsonify", (v, c, p) -> Json.write(v)));
    b.withFilter(new NamedFilter("markdownify", (v, c, p) -> site.markdownify().apply(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("smartify", (v, c, p) -> site.smartify().apply(Ruby.rubyToS(v))));
    b.withFilter(new NamedFilter("sassify", (v, c, p) -> site.sassify().apply(Ruby.toS(v), "sass")));
    b.withFilter(new NamedFilter("scssify", (v, c, p) -> site.sassify().apply(Ruby.toS(v), "scss")));
    b.withFilter(new NamedFilter("slugify", (v, c, p) -> {
      Object mode = NamedFilter.arg(p, 0);
      if (v == null) return null;
      return Slugs.slugify(string(v, "gsub"), mode == null ? "default" : Ruby.toS(mode), false);
    }));
    b.withFilter(new NamedFilter("number_of_words", (v, c, p) -> {
      return words(string(v, "split"), NamedFilter.arg(p, 0));
    }));
    b.withFilter(new NamedFilter("array_to_sentence_string", (v, c, p) -> {
      Object conn = NamedFilter.arg(p, 0);
      return sentence(v, conn == null ? "and" : Ruby.toS(conn));
    }));
    b.withFilter(new NamedFilter("to_integer", (v, c, p) -> {
      if (Boolean.TRUE.equals(v)) return 1L;
      if (Boolean.FALSE.equals(v)) return 0L;
      if (v instanceof Number n) return Ruby.result(MathFilters.big(Ruby.toNumber(n)).toBigInteger());
      return Ruby.result(Ruby.toI(Ruby.toS(v)));
    }));
    b.withFilter(new NamedFilter("normalize_whitespace", (v, c, p) -> collapseSpaces(Ruby.rubyToS(v)).strip()));
  }

  /** {@code SPACES} replaced by one space each run, as a scan. */
  static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        if (!inRun) out.append(' ');
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** A filter that calls a String method on its input: anything else is Ruby's NoMethodError. */
  static String string(Object v, String method) {
    if (v instanceof CharSequence s) return s.toString();
    throw new IllegalArgumentException("undefined method `" + method + "' for " + (v == null ? "nil:NilClass" : Ruby.inspect(v)));
  }

  /** Jekyll's {@code xml_escape} of a string: {@code & < > " '} as entities. */
  public static String xmlEscape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
  }

  private static long count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    long n = 0;
    while (m.find()) n++;
    return n;
  }

  private static long words(String s, Object mode) {
    long split = splitCount(s);
    if ("cjk".equals(mode)) return count(CJK_CHAR, s) + count(WORD, s);
    if ("auto".equals(mode)) {
      long cjk = count(CJK_CHAR, s);
      return cjk == 0 ? split : cjk + count(WORD, s);
    }
    return split;
  }

  private static long splitCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }

  private static void joinFlat(Object v, StringBuilder sb) {
    if (v instanceof Collection<?> c) {
      for (Object o : c) joinFlat(o, sb);
    } else {
      sb.append(Ruby.rubyToS(v)).append(", ");
    }
  }

  /** Ruby indexes a string where the filter expects an array; three or more characters fail. */
  private static String stringSentence(String s, String connector) {
    return switch (s.length()) {
      case 0 -> "";
      case 1 -> s;
      case 2 -> s.charAt(0) + " " + connector + " " + s.charAt(1);
      default -> throw new IllegalArgumentException("undefined method `join' for \"" + s.substring(0, s.length() - 1) + "\":String");
    };
  }

  private static String sentence(Object v, String connector) {
    List<Object> a = new ArrayList<>();
    if (v instanceof CharSequence cs) return stringSentence(cs.toString(), connector);
    if (v instanceof Collection<?> c) a.addAll(c);
    else if (v instanceof Object[] arr) a.addAll(List.of(arr));
    else if (v != null) a.add(v);
    switch (a.size()) {
      case 0:
        return "";
      case 1:
        return Ruby.rubyToS(a.get(0));
      case 2:
        return Ruby.rubyToS(a.get(0)) + " " + connector + " " + Ruby.rubyToS(a.get(1));
      default:
        // Array#join flattens nested arrays with the same separator; "#{x}" is x.to_s
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.size() - 1; i++) joinFlat(a.get(i), sb);
        return sb + connector + " " + Ruby.rubyToS(a.get(a.size() - 1));
    }
  }
}

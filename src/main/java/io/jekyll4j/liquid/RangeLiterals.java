package io.jekyll4j.liquid;

import io.jekyll4j.liquid.filter.Ruby;
import io.jekyll4j.liquid.core.RubyRange;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Range literals everywhere Liquid 4 allows them. liqp's grammar knows {@code (a..b)} only right
 * after {@code for ... in}. So before parsing, a range literal in an output or an {@code assign}
 * becomes the filter call {@code a | j4j_range: b}, and in a {@code tablerow} the lookup {@code
 * j4j__range[a][b]}, which this variable (a list indexed by the bounds) answers; both give a
 * {@link RubyRange}. {@code for} keeps liqp's own range syntax unless both bounds are integers.
 */
final class RangeLiterals extends AbstractList<Object> {
  /** The variable name the rewritten lookups use. */
  static final String VARIABLE = RubyRange.LOOKUP;
  /** The filter name the rewritten outputs use. */
  static final String FILTER = "j4j_range";
  static final RangeLiterals INSTANCE = new RangeLiterals(null);

  private static final String BOUND = "(-?\\d+(?:\\.\\d+)?|[A-Za-z_][\\w-]*(?:\\.[\\w-]+|\\[[^\\]]*\\])*|'[^']*'|\"[^\"]*\")";
  private static final Pattern RANGE = Pattern.compile("\\(\\s*" + BOUND + "\\s*\\.\\.\\s*" + BOUND + "\\s*\\)");
  private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
  private static final Pattern TAG_NAME = Pattern.compile("\\{%-?\\s*(\\w+)");
  private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\b.*?%\\}.*?\\{%\\s*endraw\\b[^%]*%\\}", Pattern.DOTALL);
  private static final int HALF = Integer.MAX_VALUE / 2;

  private final Long from;

  private RangeLiterals(Long from) {
    this.from = from;
  }

  /** The text with range literals inside Liquid markup rewritten. */
  static String rewrite(String text) {
    if (!text.contains("..")) return text;
    StringBuilder out = new StringBuilder(text.length());
    Matcher raw = RAW.matcher(text);
    int pos = 0;
    while (raw.find()) {
      out.append(rewriteMarkup(text.substring(pos, raw.start())));
      out.append(raw.group());
      pos = raw.end();
    }
    out.append(rewriteMarkup(text.substring(pos)));
    return out.toString();
  }

  private static String rewriteMarkup(String text) {
    Matcher m = MARKUP.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    while (m.find()) {
      out.append(text, pos, m.start());
      out.append(rewriteOne(m.group()));
      pos = m.end();
    }
    out.append(text, pos, text.length());
    return out.toString();
  }

  private static String rewriteOne(String markup) {
    if (!markup.contains("..")) return markup;
    if (markup.startsWith("{{")) return asFilter(markup);
    Matcher name = TAG_NAME.matcher(markup);
    if (!name.lookingAt()) return markup;
    return switch (name.group(1)) {
      case "assign" -> asFilter(markup);
      case "tablerow" -> RANGE.matcher(markup).replaceAll(r ->
          Matcher.quoteReplacement(VARIABLE + "[" + r.group(1) + "][" + r.group(2) + "]"));
      // liqp's for-over-range has no {% else %}; literal integer bounds can take the lookup form
      case "for" -> RANGE.matcher(markup).replaceAll(r ->
          Matcher.quoteReplacement(r.group(1).matches("-?\\d+") && r.group(2).matches("-?\\d+")
              ? VARIABLE + "[" + r.group(1) + "][" + r.group(2) + "]" : r.group()));
      default -> markup;
    };
  }

  private static String asFilter(String markup) {
    return RANGE.matcher(markup).replaceAll(r ->
        Matcher.quoteReplacement(r.group(1) + " | " + FILTER + ": " + r.group(2)));
  }

  /** The range of two bounds as Liquid 4 reads them. */
  static RubyRange range(Object from, Object to) {
    return new RubyRange(bound(from), bound(to));
  }

  @Override
  public Object get(int index) {
    long bound = index >= HALF ? (long) index - Integer.MAX_VALUE : index;
    return from == null ? new RangeLiterals(bound) : new RubyRange(from, bound);
  }

  @Override
  public int size() {
    return Integer.MAX_VALUE;
  }

  private static long bound(Object v) {
    if (v == null) return 0;
    if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
      throw new IllegalArgumentException("Liquid error: invalid integer");
    }
    if (v instanceof Number n) return n.longValue();
    return Ruby.toI(Ruby.toS(v)).longValue();
  }
}

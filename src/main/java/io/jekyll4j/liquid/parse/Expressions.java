package io.jekyll4j.liquid.parse;

import io.jekyll4j.liquid.core.RubyLookup;
import io.jekyll4j.liquid.core.RubyRange;
import io.jekyll4j.liquid.filter.Ruby;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.nodes.AtomNode;
import liqp.nodes.LNode;
import liqp.nodes.LookupNode;

/**
 * Liquid 4.0.4's {@code Expression.parse} ({@code expression.rb}, {@code variable_lookup.rb},
 * {@code range_lookup.rb}) producing liqp nodes: literals as {@link AtomNode}s, variables as
 * liqp {@link LookupNode}s, ranges as {@link RubyRange}s. Also the shared regexes of {@code
 * lib/liquid.rb}, each interpolated pattern wrapped in a group as Ruby's {@code #{}} of a
 * Regexp does.
 */
public final class Expressions {
  static final String QUOTED_STRING = "\"[^\"]*\"|'[^']*'";
  /** {@code QuotedFragment}. */
  static final String QUOTED_FRAGMENT =
      "(?:" + QUOTED_STRING + "|(?:[^\\s,\\|'\"]|" + QUOTED_STRING + ")+)";
  /** {@code TagAttributes = /(\w+)\s*\:\s*(#{QuotedFragment})/}. */
  static final Pattern TAG_ATTRIBUTES = Pattern.compile("(\\w+)\\s*:\\s*(" + QUOTED_FRAGMENT + ")");
  /** {@code VariableSignature}. */
  static final String VARIABLE_SIGNATURE = "(?:\\(?[\\w\\-\\.\\[\\]]\\)?)";
  static final String VARIABLE_SEGMENT = "[\\w\\-]";
  private static final Pattern VARIABLE_PARSER = Pattern.compile("\\[[^\\]]+\\]|" + VARIABLE_SEGMENT + "+\\??");

  private static final Pattern SINGLE_QUOTED = Pattern.compile("\\A'(.*)'\\z", Pattern.DOTALL);
  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\\A\"(.*)\"\\z", Pattern.DOTALL);
  private static final Pattern INTEGER = Pattern.compile("\\A(-?\\d+)\\z");
  private static final Pattern FLOAT = Pattern.compile("\\A(-?\\d[\\d\\.]+)\\z");
  private static final Pattern RANGE = Pattern.compile("\\A\\((\\S+)\\.\\.(\\S+)\\)\\z");
  private static final Pattern FLOAT_PREFIX = Pattern.compile("\\A-?\\d+(?:\\.\\d+)?");
  private static final Pattern SQUARE_BRACKETED = Pattern.compile("\\A\\[(.*)\\]\\z", Pattern.DOTALL);

  /** Liquid's nil, as liqp's {@code nil} literal. */
  static final AtomNode NIL = new AtomNode(null);

  private Expressions() {}

  /** {@code Expression.parse(markup)}; null markup is nil. */
  public static LNode parse(String markup) {
    if (markup == null) return NIL;
    switch (markup) {
      case "nil", "null", "" -> {
        return NIL;
      }
      case "true" -> {
        return new AtomNode(true);
      }
      case "false" -> {
        return new AtomNode(false);
      }
      case "blank" -> {
        return AtomNode.BLANK;
      }
      case "empty" -> {
        return AtomNode.EMPTY;
      }
      default -> {}
    }
    Matcher m = SINGLE_QUOTED.matcher(markup);
    if (m.matches()) return new AtomNode(m.group(1));
    m = DOUBLE_QUOTED.matcher(markup);
    if (m.matches()) return new AtomNode(m.group(1));
    m = INTEGER.matcher(markup);
    if (m.matches()) return new AtomNode(integer(m.group(1)));
    m = RANGE.matcher(markup);
    if (m.matches()) return range(m.group(1), m.group(2));
    m = FLOAT.matcher(markup);
    if (m.matches()) return new AtomNode(toF(m.group(1)));
    return lookup(markup);
  }

  /** Whether {@link #parse} gives a constant (Liquid: the result does not respond to evaluate). */
  static boolean isLiteral(LNode node) {
    return node instanceof AtomNode;
  }

  private static Object integer(String digits) {
    BigInteger b = new BigInteger(digits);
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  /** Ruby's {@code String#to_f} of text matching {@code -?\d[\d.]+}. */
  private static Double toF(String s) {
    Matcher m = FLOAT_PREFIX.matcher(s);
    return m.find() ? Double.valueOf(m.group()) : 0.0;
  }

  /** {@code RangeLookup.parse}: constant bounds give the range itself. */
  private static LNode range(String from, String to) {
    LNode a = parse(from);
    LNode b = parse(to);
    if (isLiteral(a) && isLiteral(b)) {
      return new AtomNode(new RubyRange(literalToI(a.render(null)), literalToI(b.render(null))));
    }
    return new RangeNode(a, b);
  }

  private static long literalToI(Object v) {
    if (v == null) return 0;
    if (v instanceof Number n) return n.longValue();
    if (v instanceof CharSequence s) return Ruby.toI(s.toString()).longValue();
    throw new LiquidSyntaxError("undefined method `to_i' for " + v, false);
  }

  /** {@code VariableLookup.new(markup)}: a name (or {@code [expression]}) and its lookups. */
  static LNode lookup(String markup) {
    Matcher m = VARIABLE_PARSER.matcher(markup);
    List<String> parts = new ArrayList<>();
    while (m.find()) parts.add(m.group());
    if (parts.isEmpty()) return NIL;
    String name = parts.get(0);
    List<LookupNode.Indexable> indexes = new ArrayList<>();
    for (String part : parts.subList(1, parts.size())) {
      Matcher b = SQUARE_BRACKETED.matcher(part);
      if (b.matches()) {
        indexes.add(RubyLookup.bracketStep(parse(b.group(1)), b.group(1)));
      } else {
        indexes.add(RubyLookup.dotStep(part));
      }
    }
    Matcher b = SQUARE_BRACKETED.matcher(name);
    if (b.matches()) return new DynamicLookup(parse(b.group(1)), indexes);
    LookupNode node = new io.jekyll4j.liquid.core.VariableLookup(name);
    indexes.forEach(node::add);
    return node;
  }

  /** A lookup whose variable name is itself an expression: {@code [key].a}. */
  private record DynamicLookup(LNode name, List<LookupNode.Indexable> indexes) implements LNode {
    @Override
    public Object render(TemplateContext context) {
      Object key = name.render(context);
      if (key == null) return null;
      LookupNode node = new io.jekyll4j.liquid.core.VariableLookup(String.valueOf(key));
      indexes.forEach(node::add);
      return node.render(context);
    }
  }

  /** A range with a bound to evaluate: {@code (1..n)}; bounds as {@code RangeLookup#to_integer}. */
  record RangeNode(LNode from, LNode to) implements LNode {
    @Override
    public Object render(TemplateContext context) {
      return new RubyRange(bound(from.render(context)), bound(to.render(context)));
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

  /** Ruby's {@code String#inspect}, enough for Liquid's messages. */
  static String inspect(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '#' -> b.append(i + 1 < s.length() && "{$@".indexOf(s.charAt(i + 1)) >= 0 ? "\\#" : "#");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}

package io.jekyll4j.liquid.parse;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.filters.Filter;
import liqp.nodes.FilterNode;
import liqp.nodes.KeyValueNode;
import liqp.nodes.LNode;
import liqp.nodes.OutputNode;

/**
 * Liquid 4.0.4's {@code Variable} ({@code variable.rb}): an expression and its filters, read by
 * {@code strict_parse} (the {@link StrictParser}) or {@code lax_parse} ({@code
 * MarkupWithQuotedFragment}, {@code FilterParser}, {@code FilterArgsRegex}), as the error mode
 * chooses. The result is liqp's {@link OutputNode} with {@link FilterNode}s.
 */
final class Variables {
  private static final Pattern FILTER_MARKUP = Pattern.compile("\\|\\s*(.*)", Pattern.DOTALL);
  private static final Pattern FILTER_PARSER =
      Pattern.compile("(?:\\s+|" + Expressions.QUOTED_FRAGMENT + "|,)+");
  private static final Pattern FILTER_ARGS =
      Pattern.compile("(?::|,)\\s*((?:\\w+\\s*:\\s*)?" + Expressions.QUOTED_FRAGMENT + ")");
  private static final Pattern JUST_TAG_ATTRIBUTES =
      Pattern.compile("\\A(\\w+)\\s*:\\s*(" + Expressions.QUOTED_FRAGMENT + ")\\z");
  private static final Pattern MARKUP_WITH_QUOTED_FRAGMENT =
      Pattern.compile("(" + Expressions.QUOTED_FRAGMENT + ")(.*)", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("\\w+");
  private static final Constructor<FilterNode> FILTER_NODE = filterNodeConstructor();

  /** A parsed variable: the expression and its filters, in order. */
  record Parsed(LNode expression, List<FilterNode> filters, List<FilteredOutput.Call> calls) {
    Parsed(LNode expression, List<FilterNode> filters) {
      this(expression, filters, null);
    }

    OutputNode output() {
      OutputNode node = calls != null && calls.size() == filters.size()
          ? new FilteredOutput(expression, calls)
          : new OutputNode(expression, null, null, null);
      filters.forEach(node::addFilter);
      return node;
    }
  }

  private Variables() {}

  /** {@code Variable.new(markup)} at {@code line}, through the parser's error mode. */
  static Parsed parse(String markup, int line, LiquidParser parser) {
    return parser.switching("in \"{{" + markup + "}}\"", line,
        () -> strict(markup, line, parser), () -> lax(markup, line, parser));
  }

  static Parsed strict(String markup, int line, LiquidParser parser) {
    StrictParser p = new StrictParser(markup);
    LNode name = Expressions.parse(p.expression());
    List<FilterNode> filters = new ArrayList<>();
    List<FilteredOutput.Call> calls = new ArrayList<>();
    while (p.consumeIf("pipe") != null) {
      String filter = p.consume("id");
      List<String> args = new ArrayList<>();
      if (p.consumeIf("colon") != null) {
        args.add(p.argument());
        while (p.consumeIf("comma") != null) args.add(p.argument());
      }
      filters.add(filter(filter, args, line, parser, calls));
    }
    p.consume("end_of_string");
    return new Parsed(name, filters, calls);
  }

  static Parsed lax(String markup, int line, LiquidParser parser) {
    List<FilterNode> filters = new ArrayList<>();
    List<FilteredOutput.Call> calls = new ArrayList<>();
    Matcher m = MARKUP_WITH_QUOTED_FRAGMENT.matcher(markup);
    if (!m.find()) return new Parsed(Expressions.NIL, filters);
    LNode name = Expressions.parse(m.group(1));
    Matcher fm = FILTER_MARKUP.matcher(m.group(2));
    if (fm.find()) {
      Matcher f = FILTER_PARSER.matcher(fm.group(1));
      while (f.find()) {
        String piece = f.group();
        Matcher word = WORD.matcher(piece);
        if (!word.find()) continue;
        List<String> args = new ArrayList<>();
        Matcher a = FILTER_ARGS.matcher(piece);
        while (a.find()) args.add(a.group(1));
        filters.add(filter(word.group(), args, line, parser, calls));
      }
    }
    return new Parsed(name, filters, calls);
  }

  /** {@code parse_filter_expressions}: {@code key: value} arguments become keyword arguments. */
  private static FilterNode filter(
      String name, List<String> args, int line, LiquidParser parser, List<FilteredOutput.Call> calls) {
    Filter f = parser.filter(name);
    FilterNode node = newFilterNode(line, name, f);
    List<LNode> params = new ArrayList<>();
    for (String a : args) {
      Matcher kw = JUST_TAG_ATTRIBUTES.matcher(a);
      LNode param = kw.matches() ? new KeyValueNode(kw.group(1), Expressions.parse(kw.group(2))) : Expressions.parse(a);
      node.add(param);
      params.add(param);
    }
    calls.add(new FilteredOutput.Call(f, params.toArray(new LNode[0]), line));
    return node;
  }

  private static FilterNode newFilterNode(int line, String text, Filter filter) {
    try {
      return FILTER_NODE.newInstance(line, 0, text, filter);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("liqp's FilterNode cannot be built", e);
    }
  }

  private static Constructor<FilterNode> filterNodeConstructor() {
    try {
      Constructor<FilterNode> c =
          FilterNode.class.getDeclaredConstructor(int.class, int.class, String.class, Filter.class);
      c.setAccessible(true);
      return c;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("liqp's FilterNode has no (line, index, text, filter) constructor", e);
    }
  }
}

package io.jekyll4j.liquid.parse;

import io.jekyll4j.liquid.core.RubyLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.nodes.AndNode;
import liqp.nodes.EqNode;
import liqp.nodes.GtEqNode;
import liqp.nodes.GtNode;
import liqp.nodes.LNode;
import liqp.nodes.LtEqNode;
import liqp.nodes.LtNode;
import liqp.nodes.NEqNode;
import liqp.nodes.OrNode;

/**
 * The markup of {@code if}, {@code elsif} and {@code unless}, as Liquid 4.0.4's {@code If}
 * reads it: {@code strict_parse} ({@code parse_binary_comparisons}) or {@code lax_parse} (the
 * {@code ExpressionsAndOperators} and {@code Syntax} regexes), giving liqp's comparison, and/or
 * nodes. As in Liquid's {@code Condition}, {@code and}/{@code or} group to the right, and an
 * operator Liquid does not know fails only when the condition is evaluated.
 */
final class Conditions {
  static final Pattern SYNTAX = Pattern.compile(
      "(" + Expressions.QUOTED_FRAGMENT + ")\\s*([=!<>a-z_]+)?\\s*(" + Expressions.QUOTED_FRAGMENT + ")?");
  private static final String AND_OR = "(?:\\b(?:\\s?and\\s?|\\s?or\\s?)\\b)";
  static final Pattern EXPRESSIONS_AND_OPERATORS = Pattern.compile(
      "(?:" + AND_OR + "|(?:\\s*(?!" + AND_OR + ")(?:" + Expressions.QUOTED_FRAGMENT + "|\\S+)\\s*)+)");
  static final String IF_SYNTAX = "Syntax Error in tag 'if' - Valid syntax: if [expression]";

  private Conditions() {}

  static LNode parse(String markup, int line, LiquidParser parser) {
    return parser.switching("in \"" + markup.strip() + "\"", line, () -> strict(markup), () -> lax(markup));
  }

  static LNode strict(String markup) {
    StrictParser p = new StrictParser(markup);
    List<LNode> conditions = new ArrayList<>();
    List<String> ops = new ArrayList<>();
    conditions.add(comparison(p));
    String op;
    while ((op = p.id("and") != null ? "and" : p.id("or")) != null) {
      ops.add(op);
      conditions.add(comparison(p));
    }
    p.consume("end_of_string");
    LNode node = conditions.get(conditions.size() - 1);
    for (int i = conditions.size() - 2; i >= 0; i--) node = join(conditions.get(i), ops.get(i), node);
    return node;
  }

  private static LNode comparison(StrictParser p) {
    LNode a = Expressions.parse(p.expression());
    String op = p.consumeIf("comparison");
    if (op == null) return a;
    return condition(a, op, Expressions.parse(p.expression()));
  }

  static LNode lax(String markup) {
    List<String> expressions = new ArrayList<>();
    Matcher m = EXPRESSIONS_AND_OPERATORS.matcher(markup);
    while (m.find()) expressions.add(m.group());
    if (expressions.isEmpty()) throw new LiquidSyntaxError(IF_SYNTAX);
    LNode condition = laxCondition(expressions.remove(expressions.size() - 1));
    while (!expressions.isEmpty()) {
      String operator = expressions.remove(expressions.size() - 1).strip();
      if (expressions.isEmpty()) throw new LiquidSyntaxError(IF_SYNTAX);
      LNode left = laxCondition(expressions.remove(expressions.size() - 1));
      if (!operator.equals("and") && !operator.equals("or")) throw new LiquidSyntaxError(IF_SYNTAX);
      condition = join(left, operator, condition);
    }
    return condition;
  }

  private static LNode laxCondition(String expression) {
    Matcher s = SYNTAX.matcher(expression);
    if (!s.find()) throw new LiquidSyntaxError(IF_SYNTAX);
    LNode a = Expressions.parse(s.group(1));
    if (s.group(2) == null) return a;
    return condition(a, s.group(2), Expressions.parse(s.group(3)));
  }

  private static LNode join(LNode left, String op, LNode right) {
    return op.equals("and") ? new AndNode(left, right) : new OrNode(left, right);
  }

  /** {@code Condition.new(a, op, b)}. */
  static LNode condition(LNode a, String op, LNode b) {
    return switch (op) {
      case "==" -> new EqNode(a, b);
      case "!=", "<>" -> new NEqNode(a, b);
      case "<" -> new LtNode(a, b);
      case ">" -> new GtNode(a, b);
      case ">=" -> new GtEqNode(a, b);
      case "<=" -> new LtEqNode(a, b);
      case "contains" -> RubyLookup.containsNode(a, b);
      default -> new UnknownOperator(op);
    };
  }

  /** Liquid raises {@code Unknown operator x} when such a condition is evaluated. */
  record UnknownOperator(String op) implements LNode {
    @Override
    public Object render(TemplateContext context) {
      throw new IllegalArgumentException("Liquid error: Unknown operator " + op);
    }
  }
}

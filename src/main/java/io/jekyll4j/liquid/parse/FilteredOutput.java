package io.jekyll4j.liquid.parse;

import java.math.BigDecimal;
import java.util.List;
import liqp.PlainBigDecimal;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.nodes.LNode;
import liqp.nodes.OutputNode;

/**
 * liqp's {@link OutputNode} for {@code {{ expression | filter: args }}} as our parser builds it
 * (never an "unexpected output" to report), with the same value and errors, but the filters
 * applied from arrays resolved at parse time: liqp's {@code FilterNode} collects each call's
 * arguments in a new list, then copies it to an array.
 */
final class FilteredOutput extends OutputNode {
  /** One filter of the chain: the filter, its argument expressions and the line it is on. */
  record Call(Filter filter, LNode[] params, int line) {}

  private static final Object[] NO_ARGS = new Object[0];

  private final LNode expression;
  private final Call[] calls;

  FilteredOutput(LNode expression, List<Call> calls) {
    super(expression, null, null, null);
    this.expression = expression;
    this.calls = calls.toArray(new Call[0]);
  }

  @Override
  public Object render(TemplateContext context) {
    Object value = expression.render(context);
    for (Call call : calls) value = apply(call, value, context);
    if (value instanceof BigDecimal && !(value instanceof PlainBigDecimal)) {
      value = new PlainBigDecimal(value.toString());
    }
    return value;
  }

  /** liqp's {@code FilterNode#apply}: arguments evaluated in order, failures named by line. */
  private static Object apply(Call call, Object value, TemplateContext context) {
    try {
      LNode[] params = call.params;
      Object[] args = params.length == 0 ? NO_ARGS : new Object[params.length];
      for (int i = 0; i < params.length; i++) args[i] = params[i].render(context);
      return call.filter.apply(value, context, args);
    } catch (Exception e) {
      throw new RuntimeException("error on line " + call.line + ", index 0: " + e.getMessage(), e);
    }
  }
}

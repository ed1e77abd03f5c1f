package io.jekyll4j.liquid;

import java.util.List;
import java.util.Map;
import liqp.TemplateContext;
import liqp.TemplateParser;

/**
 * The outermost Liquid scope of one page render (holding {@code site}, {@code page} and the
 * other top-level variables; where {@code assign} writes). liqp records problems such as undefined
 * variables on whichever nested scope met them; this scope and every scope below it report them
 * to one list, so the engine can raise them after the render ({@code strict_variables}).
 */
final class RenderScope extends TemplateContext {
  /** Fails every lookup: the condition used an operator Liquid does not know. */
  private static final Map<String, Object> UNKNOWN_OPERATOR = new java.util.AbstractMap<>() {
    @Override
    public Object get(Object key) {
      throw new IllegalArgumentException("Liquid error: Unknown operator " + key);
    }

    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public java.util.Set<Entry<String, Object>> entrySet() {
      return java.util.Set.of();
    }
  };

  private final List<Exception> sink;

  RenderScope(TemplateParser parser, Map<String, Object> variables, List<Exception> sink) {
    super(parser, variables);
    this.sink = sink;
    put(RangeLiterals.VARIABLE, RangeLiterals.INSTANCE);
    put(LaxMarkup.UNKNOWN_OPERATOR, UNKNOWN_OPERATOR);
    put(io.jekyll4j.liquid.tag.CaseElseOrder.VARIABLE, io.jekyll4j.liquid.tag.CaseElseOrder.AFTER_ELSE);
  }

  private RenderScope(Map<String, Object> variables, TemplateContext parent, List<Exception> sink) {
    super(variables, parent);
    this.sink = sink;
  }

  @Override
  public void addError(Exception exception) {
    sink.add(exception);
    super.addError(exception);
  }

  @Override
  public TemplateContext newChildContext(Map<String, Object> variables) {
    return new RenderScope(variables, this, sink);
  }
}

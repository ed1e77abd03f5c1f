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
 *
 * <p>A name is read from the nearest scope that holds it, even when it holds nil, as Liquid's
 * {@code Context#find_variable} finds the scope with {@code key?}: a {@code for} over
 * {@code [1, nil]} prints nothing for the nil item, not an outer variable of the same name (liqp
 * went on to the next scope for a nil).
 */
final class RenderScope extends TemplateContext {
  private final List<Exception> sink;

  RenderScope(TemplateParser parser, Map<String, Object> variables, List<Exception> sink) {
    super(parser, variables);
    this.sink = sink;
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
  public Object get(String key) {
    TemplateContext scope = this;
    while (scope instanceof RenderScope r) {
      Map<String, Object> variables = r.getVariables();
      Object value = variables.get(key);
      if (value != null || variables.containsKey(key)) return value;
      scope = r.parent;
    }
    return scope == null ? null : scope.get(key);
  }

  @Override
  public TemplateContext newChildContext(Map<String, Object> variables) {
    return new RenderScope(variables, this, sink);
  }
}

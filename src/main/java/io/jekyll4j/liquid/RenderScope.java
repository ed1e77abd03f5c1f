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
  public TemplateContext newChildContext(Map<String, Object> variables) {
    return new RenderScope(variables, this, sink);
  }
}

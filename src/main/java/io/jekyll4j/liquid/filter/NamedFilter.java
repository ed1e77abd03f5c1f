package io.jekyll4j.liquid.filter;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** A liqp filter made from a lambda, so each filter family can stay one small class. */
final class NamedFilter extends Filter {
  /** The body of a filter: input, context and evaluated arguments. */
  @FunctionalInterface
  interface Body {
    Object apply(Object value, TemplateContext context, Object[] params);
  }

  private final Body body;

  NamedFilter(String name, Body body) {
    super(name);
    this.body = body;
  }

  @Override
  public Object apply(Object value, TemplateContext context, Object... params) {
    return body.apply(value, context, params);
  }

  static Object arg(Object[] params, int i) {
    return params.length > i ? params[i] : null;
  }
}

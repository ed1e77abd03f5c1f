package io.jekyll4j.liquid.core;

import java.util.Arrays;
import java.util.Map;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.VariableNotExistException;
import liqp.nodes.LookupNode;

/**
 * liqp's {@link LookupNode}, read with less work: the name is looked up with one {@code get}
 * along the scope chain (liqp asks {@code containsKey} then {@code get}, two walks; our scopes
 * answer from the nearest one holding the name, see {@code RenderScope}), and the steps are kept
 * in an array. A nil there falls back to the environment map, where {@code increment} and
 * {@code decrement} keep their counters.
 */
public final class VariableLookup extends LookupNode {
  private static final Indexable[] NONE = new Indexable[0];

  private final String id;
  /** For {@code @name}: the variable that holds the name to look up. */
  private final String indirect;
  private Indexable[] steps = NONE;

  public VariableLookup(String id) {
    super(id);
    this.id = id;
    this.indirect = id.startsWith("@") ? id.substring(1) : null;
  }

  @Override
  public void add(Indexable indexable) {
    super.add(indexable);
    steps = Arrays.copyOf(steps, steps.length + 1);
    steps[steps.length - 1] = indexable;
  }

  @Override
  public Object render(TemplateContext context) {
    String realId = indirect == null ? id : String.valueOf(context.get(indirect));
    Object value = context.get(realId);
    if (value == null) {
      Map<String, Object> environment = context.getEnvironmentMap();
      if (environment.containsKey(realId)) value = environment.get(realId);
    }
    for (Indexable step : steps) value = step.get(value, context);
    if (value == null && context.getParser().strictVariables) {
      RuntimeException e = new VariableNotExistException(variableName());
      context.addError(e);
      if (context.getErrorMode() == TemplateParser.ErrorMode.STRICT) throw e;
    }
    return value;
  }

  private String variableName() {
    StringBuilder name = new StringBuilder(id);
    for (Indexable step : steps) name.append(step);
    return name.toString();
  }
}

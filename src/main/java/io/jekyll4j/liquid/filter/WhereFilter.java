package io.jekyll4j.liquid.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import liqp.TemplateParser;
import liqp.nodes.AtomNode;

/**
 * Jekyll's {@code where}: items whose property (a dotted path, numeric-looking strings read as
 * numbers) equals the value by {@code to_s}; an array property matches if any element does;
 * {@code nil} matches a missing property; {@code empty}/{@code blank} match {@code ""}, {@code []}
 * and a missing property.
 */
public final class WhereFilter {
  private WhereFilter() {}

  public static void register(TemplateParser.Builder b) {
    b.withFilter(new NamedFilter("where", (v, c, p) -> where(v, NamedFilter.arg(p, 0), p.length > 1 ? p[1] : null)));
  }

  private static Object where(Object input, Object property, Object value) {
    if (property == null || value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[]) {
      return input;
    }
    if (!(input instanceof Collection<?> || input instanceof Map<?, ?> || input instanceof Object[])) return input;
    String path = Ruby.toS(property);
    List<Object> out = new ArrayList<>();
    for (Object item : CollectionFilters.list(input)) {
      if (matches(CollectionFilters.property(item, path), value)) out.add(item);
    }
    return out;
  }

  private static boolean matches(Object property, Object target) {
    if (target == null) return property == null;
    if (AtomNode.isEmpty(target) || AtomNode.isBlank(target)) {
      return "".equals(property) || joined(property).isEmpty();
    }
    String t = Ruby.rubyToS(target);
    if (property instanceof String s) return s.equals(t);
    for (Object prop : array(property)) {
      if (Ruby.rubyToS(prop).equals(t)) return true;
    }
    return false;
  }

  /** Ruby's {@code Array(x)}: nil is empty, an array itself, anything else one element. */
  private static List<Object> array(Object v) {
    if (v == null) return List.of();
    if (v instanceof Collection<?> || v instanceof Object[]) return CollectionFilters.list(v);
    List<Object> one = new ArrayList<>();
    one.add(v);
    return one;
  }

  private static String joined(Object v) {
    StringBuilder sb = new StringBuilder();
    for (Object o : array(v)) sb.append(Ruby.toS(o));
    return sb.toString();
  }
}

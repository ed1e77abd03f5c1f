package io.jekyll4j.liquid.filter;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import io.jekyll4j.liquid.core.LiquidTemplate;
import liqp.TemplateContext;
import liqp.TemplateParser;

/**
 * Jekyll's array filters: {@code sort} (numeric-looking strings as numbers, nils first or last),
 * {@code group_by}, {@code group_by_exp}, {@code where_exp}, {@code find}, {@code find_exp} and
 * {@code sample}.
 * Expressions are parsed once per filter set and rendered against the caller's context.
 */
public final class CollectionFilters {
  private static final Pattern INTEGER_LIKE = Pattern.compile("\\A\\s*-?\\d+\\s*\\z");
  private static final Pattern FLOAT_LIKE = Pattern.compile("\\A\\s*-?(?:\\d+\\.?\\d*|\\.\\d+)\\s*\\z");

  private final Map<String, LiquidTemplate> expressions = new ConcurrentHashMap<>();

  private CollectionFilters() {}

  public static void register(TemplateParser.Builder b) {
    CollectionFilters f = new CollectionFilters();
    b.withFilter(new NamedFilter("sort", (v, c, p) -> sort(v, NamedFilter.arg(p, 0), NamedFilter.arg(p, 1))));
    b.withFilter(new NamedFilter("group_by", (v, c, p) -> {
      List<Object> items = pairs(v);
      if (items == null) return v;
      String prop = Ruby.toS(NamedFilter.arg(p, 0));
      return grouped(items, item -> Ruby.rubyToS(property(item, prop)));
    }));
    b.withFilter(new NamedFilter("group_by_exp", (v, c, p) -> {
      List<Object> items = pairs(v);
      if (items == null) return v;
      String var = Ruby.toS(NamedFilter.arg(p, 0));
      LiquidTemplate t = f.expression(c, Ruby.toS(NamedFilter.arg(p, 1)));
      // group names keep the expression's type (Jekyll groups by the rendered Variable's value)
      return grouped(items, item -> rubyKey(t.evaluate(Map.of(var, item == null ? "" : item), c)));
    }));
    b.withFilter(new NamedFilter("find", (v, c, p) -> {
      List<Object> items = list(v);
      if (items == null) return v;
      String prop = Ruby.toS(NamedFilter.arg(p, 0));
      String target = Ruby.toS(NamedFilter.arg(p, 1));
      for (Object item : items) {
        if (matches(property(item, prop), target)) return item;
      }
      return null;
    }));
    b.withFilter(new NamedFilter("where_exp", (v, c, p) -> {
      if (!(v instanceof Collection<?> || v instanceof Map<?, ?> || v instanceof Object[])) return v;
      List<Object> items = list(v);
      String var = Ruby.toS(NamedFilter.arg(p, 0));
      LiquidTemplate t = f.condition(c, Ruby.toS(NamedFilter.arg(p, 1)));
      List<Object> out = new ArrayList<>();
      for (Object item : items) {
        if ("true".equals(String.valueOf(t.render(Map.of(var, item == null ? "" : item), c)))) out.add(item);
      }
      return out;
    }));
    b.withFilter(new NamedFilter("find_exp", (v, c, p) -> {
      List<Object> items = list(v);
      if (items == null) return v;
      String var = Ruby.toS(NamedFilter.arg(p, 0));
      LiquidTemplate t = f.condition(c, Ruby.toS(NamedFilter.arg(p, 1)));
      for (Object item : items) {
        if ("true".equals(String.valueOf(t.render(Map.of(var, item == null ? "" : item), c)))) return item;
      }
      return null;
    }));
    b.withFilter(new NamedFilter("sample", (v, c, p) -> {
      List<Object> items = v instanceof Map ? null : list(v);
      if (items == null) return v;
      Object n = NamedFilter.arg(p, 0);
      int num = n == null ? 1 : Ruby.toNumber(n).intValue();
      List<Object> copy = new ArrayList<>(items);
      java.util.Collections.shuffle(copy, ThreadLocalRandom.current());
      if (num == 1) return copy.isEmpty() ? null : copy.get(0);
      return copy.subList(0, Math.max(0, Math.min(num, copy.size())));
    }));
  }

  private LiquidTemplate expression(TemplateContext c, String expr) {
    return expressions.computeIfAbsent("o:" + expr, k -> {
      java.util.function.Supplier<liqp.nodes.LNode> build =
          () -> io.jekyll4j.liquid.parse.LiquidParser.variableTemplate(c.getParser(), expr);
      return new LiquidTemplate(build.get(), build, c.getParser(), List.of());
    });
  }

  private LiquidTemplate condition(TemplateContext c, String expr) {
    return expressions.computeIfAbsent("c:" + expr, k -> {
      try {
        java.util.function.Supplier<liqp.nodes.LNode> build =
            () -> io.jekyll4j.liquid.parse.LiquidParser.conditionTemplate(c.getParser(), expr);
        return new LiquidTemplate(build.get(), build, c.getParser(), List.of());
      } catch (RuntimeException e) {
        throw new ExpressionSyntaxError("'" + expr + "' is not a valid expression", e);
      }
    });
  }

  /** A {@code where_exp}/{@code find_exp} expression that does not parse: a Liquid syntax error. */
  public static final class ExpressionSyntaxError extends RuntimeException {
    ExpressionSyntaxError(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static boolean matches(Object prop, String target) {
    if (prop instanceof String s) return s.equals(target);
    if (prop instanceof Collection<?> c) {
      for (Object o : c) if (Ruby.rubyToS(o).equals(target)) return true;
      return false;
    }
    return Ruby.rubyToS(prop).equals(target);
  }

  /** A value as a Hash key: Ruby's {@code eql?} tells 1 from 1.0 and "1", but not an Integer from a Long. */
  private static Object rubyKey(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) return ((Number) value).longValue();
    if (value instanceof Float f) return f.doubleValue();
    if (value instanceof CharSequence cs) return cs.toString();
    return value;
  }

  private static List<Object> grouped(List<Object> items, java.util.function.Function<Object, Object> key) {
    Map<Object, List<Object>> groups = new LinkedHashMap<>();
    for (Object item : items) groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    List<Object> out = new ArrayList<>();
    groups.forEach((name, members) -> {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("name", name);
      g.put("items", members);
      g.put("size", (long) members.size());
      out.add(g);
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object v) {
    if (v instanceof List<?> l) return (List<Object>) l;
    if (v instanceof Collection<?> c) return new ArrayList<>(c);
    if (v instanceof Object[] a) return List.of(a);
    if (v instanceof Map<?, ?> m) return new ArrayList<>(m.values());
    return null;
  }

  /** As Ruby enumerates: a hash as its [key, value] pairs, otherwise as {@link #list}. */
  static List<Object> pairs(Object v) {
    if (v instanceof Map<?, ?> m) {
      List<Object> out = new ArrayList<>();
      m.forEach((k, val) -> out.add(java.util.Arrays.asList(k, val)));
      return out;
    }
    return list(v);
  }

  /** Jekyll's {@code item_property}: a dotted path, each step read as a sort key. */
  static Object property(Object item, String path) {
    if (!path.contains(".")) return sortKey(index(item, path, true));
    // read_liquid_attribute: each step is data.respond_to?(:[]) && data[key]
    Object cur = item;
    for (String part : path.split("\\.", -1)) {
      if (!StandardFilters.indexable(cur)) return sortKey(Boolean.FALSE);
      cur = index(cur, part, false);
    }
    return sortKey(cur);
  }

  /** Ruby's {@code item[key]} with a string key: a hash's value, a string's match, else Ruby's failure. */
  private static Object index(Object item, String key, boolean whole) {
    if (item instanceof Map<?, ?> m) return m.get(key);
    if (item instanceof CharSequence cs) return cs.toString().contains(key) ? key : null;
    if (StandardFilters.indexable(item)) throw new IllegalArgumentException("no implicit conversion of String into Integer");
    if (whole) throw new IllegalArgumentException("undefined method `[]' for " + Ruby.inspect(item));
    return null;
  }

  private static Object sortKey(Object v) {
    if (v == null || v instanceof Map || v instanceof Collection) return v;
    String s = Ruby.toS(v);
    if (INTEGER_LIKE.matcher(s).matches()) return Ruby.result(Ruby.toI(s));
    if (FLOAT_LIKE.matcher(s).matches()) return Double.parseDouble(s.strip());
    return v;
  }

  private static Object sort(Object v, Object property, Object nils) {
    if (v == null) throw new IllegalArgumentException("Cannot sort a null object.");
    List<Object> items = pairs(v);
    if (items == null) return v;
    List<Object> out = new ArrayList<>(items);
    if (property == null) {
      out.sort(CollectionFilters::strictCompare);
      return out;
    }
    String order = nils == null ? "first" : Ruby.toS(nils);
    int dir;
    if (order.equals("first")) dir = -1;
    else if (order.equals("last")) dir = 1;
    else throw new IllegalArgumentException("Invalid nils order: '" + order + "' is not a valid nils order. It must be 'first' or 'last'.");
    String prop = Ruby.toS(property);
    List<Object[]> keyed = new ArrayList<>();
    for (Object item : out) keyed.add(new Object[] {property(item, prop), item});
    keyed.sort((a, b) -> {
      if (a[0] != null && b[0] == null) return -dir;
      if (a[0] == null && b[0] != null) return dir;
      Integer c = compare(a[0], b[0]);
      return c != null ? c : Integer.signum(Ruby.rubyToS(a[0]).compareTo(Ruby.rubyToS(b[0])));
    });
    List<Object> sorted = new ArrayList<>();
    for (Object[] k : keyed) sorted.add(k[1]);
    return sorted;
  }

  private static int strictCompare(Object a, Object b) {
    Integer c = compare(a, b);
    if (c == null) {
      throw new IllegalArgumentException("comparison of " + rubyClass(a) + " with " + rubyClass(b) + " failed");
    }
    return c;
  }

  private static String rubyClass(Object o) {
    if (o == null) return "nil";
    if (o instanceof String) return "String";
    if (o instanceof Map) return "Hash";
    if (o instanceof Collection) return "Array";
    if (o instanceof Double || o instanceof BigDecimal) return "Float";
    if (o instanceof Number) return "Integer";
    if (o instanceof Boolean b) return b ? "true" : "false";
    return o.getClass().getSimpleName();
  }

  /** Ruby's {@code <=>}: null where the two cannot be compared. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Integer compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return MathFilters.big(Ruby.toNumber(x)).compareTo(MathFilters.big(Ruby.toNumber(y)));
    }
    if (a instanceof String x && b instanceof String y) return Integer.signum(x.compareTo(y));
    if (a instanceof io.jekyll4j.liquid.drop.JsonView x && x.isDrop() && b instanceof io.jekyll4j.liquid.drop.JsonView y
        && y.isDrop()) {
      // DocumentDrop#<=>: by date, then by path
      Map<?, ?> m = (Map<?, ?>) a;
      Map<?, ?> n = (Map<?, ?>) b;
      Integer c = compare(m.get("date"), n.get("date"));
      return c == null || c == 0 ? compare(m.get("path"), n.get("path")) : c;
    }
    if (a instanceof TemporalAccessor && b instanceof TemporalAccessor && a instanceof Comparable ca && a.getClass() == b.getClass()) {
      return ca.compareTo(b);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        Integer c = compare(x.get(i), y.get(i));
        if (c == null || c != 0) return c;
      }
      return Integer.compare(x.size(), y.size());
    }
    if (Objects.equals(a, b) && !(a instanceof Map)) return 0;
    return null;
  }

  static Comparator<Object> rubyOrder() {
    return CollectionFilters::strictCompare;
  }
}

package io.jekyll4j.liquid.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import io.jekyll4j.liquid.drop.DropLike;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.nodes.LookupNode;
import liqp.parser.Inspectable;

/**
 * Liquid 4's variable lookup and {@code contains}, as Ruby evaluates them: the front end builds
 * lookup steps and {@code contains} conditions from here instead of liqp's. A step {@code a.key} or {@code a[key]} reads {@code
 * a[key]} when {@code a} is a hash that has the key, or an array and the key an integer; else a
 * dot step named {@code size}, {@code first} or {@code last} calls that method when the value has
 * it ({@code hash.first} is its first {@code [key, value]} pair, {@code 12345.size} is 8, a
 * range's {@code first} is its start); anything else is nil. A range has no {@code [index]}.
 */
public final class RubyLookup {
  private RubyLookup() {}

  /** {@code value.key}: a key of a hash, else one of Liquid's command methods. */
  public static Object dot(Object value, String key) {
    if (value instanceof Map<?, ?> m) {
      Object v = m.get(key);
      if (v != null || m.containsKey(key)) return v;
      if (key.equals("size")) return size(m);
      if (key.equals("first")) return firstPair(m);
      return null;
    }
    return switch (key) {
      case "size" -> size(value);
      case "first" -> first(value);
      case "last" -> last(value);
      default -> null;
    };
  }

  /** {@code value[key]}: a hash's key, an array's integer index; never a method. */
  public static Object bracket(Object value, Object key) {
    if (value instanceof Map<?, ?> m) {
      Object v = m.get(key);
      if (v != null || m.containsKey(key)) return v;
      if (!(key instanceof Number)) return null;
      // an integer key read from YAML may be another Java number type than the literal's
      for (Map.Entry<?, ?> e : m.entrySet()) if (e.getKey() instanceof Number && rubyEquals(e.getKey(), key)) return e.getValue();
      return null;
    }
    if (value instanceof RubyRange) return null;
    if (!isInteger(key)) return null;
    List<?> list = value instanceof List<?> l ? l : value instanceof Object[] a ? Arrays.asList(a) : null;
    if (list == null) return null;
    long i = ((Number) key).longValue();
    if (i < 0) i += list.size();
    return i < 0 || i >= list.size() ? null : list.get((int) i);
  }

  /** Ruby's {@code size} of a value that has one, else null ({@code 12345.size} is 8). */
  public static Object size(Object value) {
    if (value instanceof RubyRange r) return (long) r.size();
    if (value instanceof Map<?, ?> m) return DropLike.isDrop(m) ? null : (Object) (long) m.size();
    if (value instanceof Collection<?> c) return (long) c.size();
    if (value instanceof Object[] a) return (long) a.length;
    if (value instanceof CharSequence s) return (long) s.toString().codePointCount(0, s.length());
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) return 8L;
    if (value instanceof BigInteger b) {
      // a Bignum's size is the bytes of its magnitude; a Fixnum's the machine word
      int bits = b.abs().bitLength();
      return bits <= 64 ? 8L : (long) ((bits + 7) / 8);
    }
    return null;
  }

  /** Ruby's {@code first} of a value that has one: an array's, a hash's pair, a range's start. */
  public static Object first(Object value) {
    if (value instanceof RubyRange r) return r.from();
    if (value instanceof Map<?, ?> m) return firstPair(m);
    if (value instanceof List<?> l) return l.isEmpty() ? null : l.get(0);
    if (value instanceof Object[] a) return a.length == 0 ? null : a[0];
    if (value instanceof Collection<?> c) return c.isEmpty() ? null : c.iterator().next();
    return null;
  }

  /** Ruby's {@code last} of a value that has one: an array's, a range's end (a hash has none). */
  public static Object last(Object value) {
    if (value instanceof RubyRange r) return r.to();
    if (value instanceof List<?> l) return l.isEmpty() ? null : l.get(l.size() - 1);
    if (value instanceof Object[] a) return a.length == 0 ? null : a[a.length - 1];
    return null;
  }

  private static Object firstPair(Map<?, ?> m) {
    for (Map.Entry<?, ?> e : m.entrySet()) return Arrays.asList(e.getKey(), e.getValue());
    return null;
  }

  private static boolean isInteger(Object key) {
    return key instanceof Long || key instanceof Integer || key instanceof BigInteger || key instanceof Short;
  }

  /**
   * Liquid 4's {@code contains}: false when either side is nil or the left has no {@code
   * include?}; a string looks for the right side's text, an array for an equal element, a hash
   * for a key, a range for a value it covers.
   */
  public static boolean contains(Object left, Object right) {
    if (left == null || right == null || Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) return false;
    if (left instanceof CharSequence s) return s.toString().contains(io.jekyll4j.liquid.filter.Ruby.rubyToS(right));
    if (left instanceof RubyRange r) {
      if (!(right instanceof Number n)) return false;
      BigDecimal x = new BigDecimal(n.toString());
      return x.compareTo(BigDecimal.valueOf(r.from())) >= 0 && x.compareTo(BigDecimal.valueOf(r.to())) <= 0;
    }
    // a Jekyll drop's include? compares its (key, value) pairs: no plain value is one
    if (left instanceof Map<?, ?> m) return !DropLike.isDrop(m) && m.containsKey(right);
    Collection<?> items = left instanceof Collection<?> c ? c : left instanceof Object[] a ? Arrays.asList(a) : null;
    if (items == null) return false;
    for (Object o : items) if (rubyEquals(o, right)) return true;
    return false;
  }

  /** Ruby's {@code ==} of two Liquid values: numbers by value ({@code 1 == 1.0}), else equal objects. */
  public static boolean rubyEquals(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      try {
        return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
      } catch (NumberFormatException e) {
        return x.doubleValue() == y.doubleValue();
      }
    }
    if (a instanceof CharSequence x && b instanceof CharSequence y) return x.toString().equals(y.toString());
    return a == null ? b == null : a.equals(b);
  }

  /** The step {@code .key} of a lookup, read as Ruby reads it. */
  public static LookupNode.Indexable dotStep(String key) {
    return new Dot(key, new LookupNode.Hash(key));
  }

  /** The step {@code [expression]} of a lookup, read as Ruby reads it. */
  public static LookupNode.Indexable bracketStep(LNode expression, String text) {
    return new Bracket(expression, new LookupNode.Index(expression, text));
  }

  /** The condition {@code left contains right}, as Liquid 4 evaluates it. */
  public static LNode containsNode(LNode left, LNode right) {
    return new Contains(left, right);
  }

  /** Values liqp itself knows how to read (Java beans, scopes): left to its own lookup. */
  private static boolean liqpValue(Object value) {
    return value instanceof Inspectable || value instanceof TemplateContext;
  }

  /** {@code .key}. */
  private static final class Dot implements LookupNode.Indexable {
    private final String key;
    private final LookupNode.Indexable liqp;

    Dot(String key, LookupNode.Indexable liqp) {
      this.key = key;
      this.liqp = liqp;
    }

    @Override
    public Object get(Object value, TemplateContext context) {
      if (value == null) return null;
      if (liqpValue(value)) return liqp.get(value, context);
      return dot(value, key);
    }

    @Override
    public String toString() {
      return liqp.toString();
    }
  }

  /** {@code [expression]}. */
  private static final class Bracket implements LookupNode.Indexable {
    private final LNode expression;
    private final LookupNode.Indexable liqp;

    Bracket(LNode expression, LookupNode.Indexable liqp) {
      this.expression = expression;
      this.liqp = liqp;
    }

    @Override
    public Object get(Object value, TemplateContext context) {
      if (value == null) return null;
      if (liqpValue(value)) return liqp.get(value, context);
      return bracket(value, expression.render(context));
    }

    @Override
    public String toString() {
      return liqp.toString();
    }
  }

  /** {@code left contains right}. */
  private static final class Contains implements LNode {
    private final LNode left;
    private final LNode right;

    Contains(LNode left, LNode right) {
      this.left = left;
      this.right = right;
    }

    @Override
    public Object render(TemplateContext context) {
      Object l = left.render(context);
      if (l instanceof Inspectable) l = context.getParser().evaluate(l).toLiquid();
      return contains(l, right.render(context));
    }
  }
}

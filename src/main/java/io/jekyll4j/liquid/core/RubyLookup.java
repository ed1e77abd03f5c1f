package io.jekyll4j.liquid.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.jekyll4j.liquid.drop.DropLike;
import liqp.TemplateContext;
import liqp.nodes.ContainsNode;
import liqp.nodes.FilterNode;
import liqp.nodes.LNode;
import liqp.nodes.LookupNode;
import liqp.parser.Inspectable;

/**
 * Liquid 4's variable lookup and {@code contains}, as Ruby evaluates them, put into a render tree
 * in place of liqp's ({@link #install}). A step {@code a.key} or {@code a[key]} reads {@code
 * a[key]} when {@code a} is a hash that has the key, or an array and the key an integer; else a
 * dot step named {@code size}, {@code first} or {@code last} calls that method when the value has
 * it ({@code hash.first} is its first {@code [key, value]} pair, {@code 12345.size} is 8, a
 * range's {@code first} is its start); anything else is nil. A range has no {@code [index]}.
 */
public final class RubyLookup {
  private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
  private static final Field HASH_KEY = field(LookupNode.Hash.class, "hash");
  private static final Field INDEX_EXPRESSION = field(LookupNode.Index.class, "expression");
  private static final Field CONTAINS_LEFT = field(ContainsNode.class, "lhs");
  private static final Field CONTAINS_RIGHT = field(ContainsNode.class, "rhs");

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

  /** Replaces liqp's lookup steps and {@code contains} in a render tree by Ruby's (see above). */
  public static LNode install(LNode root) {
    Object r = rewrite(root, Collections.newSetFromMap(new IdentityHashMap<>()));
    return r instanceof LNode n ? n : root;
  }

  private static Object rewrite(Object node, Set<Object> seen) {
    if (node == null || !seen.add(node)) return node;
    if (node instanceof LookupNode.Hash h && HASH_KEY != null) return new Dot(read(HASH_KEY, h).toString(), h);
    if (node instanceof LookupNode.Index i && INDEX_EXPRESSION != null) {
      LNode expression = (LNode) read(INDEX_EXPRESSION, i);
      return new Bracket((LNode) rewrite(expression, seen), i);
    }
    if (node instanceof ContainsNode c && CONTAINS_LEFT != null && CONTAINS_RIGHT != null) {
      return new Contains((LNode) rewrite(read(CONTAINS_LEFT, c), seen), (LNode) rewrite(read(CONTAINS_RIGHT, c), seen));
    }
    if (!(node instanceof LNode || node instanceof FilterNode)) return node;
    for (Field f : fields(node.getClass())) {
      Object v = read(f, node);
      if (v instanceof LNode || v instanceof LookupNode.Indexable) {
        Object w = rewrite(v, seen);
        if (w != v) write(f, node, w);
      } else if (v instanceof Object[] arr) {
        for (int i = 0; i < arr.length; i++) {
          if (arr[i] instanceof LNode || arr[i] instanceof LookupNode.Indexable) arr[i] = rewrite(arr[i], seen);
        }
      } else if (v instanceof List<?> list) {
        rewriteList(list, seen);
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static void rewriteList(List<?> list, Set<Object> seen) {
    List<Object> l = (List<Object>) list;
    for (int i = 0; i < l.size(); i++) {
      Object o = l.get(i);
      if (o instanceof LNode || o instanceof FilterNode || o instanceof LookupNode.Indexable) {
        Object w = rewrite(o, seen);
        if (w != o) {
          try {
            l.set(i, w);
          } catch (UnsupportedOperationException e) {
            return;
          }
        }
      }
    }
  }

  private static List<Field> fields(Class<?> type) {
    return FIELDS.computeIfAbsent(type, t -> {
      List<Field> out = new ArrayList<>();
      for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("liqp") && !pkg.startsWith("io.jekyll4j")) continue;
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers())) continue;
          Class<?> ft = f.getType();
          if (LNode.class.isAssignableFrom(ft) || ft == Object.class || ft.isArray() && !ft.getComponentType().isPrimitive()
              || List.class.isAssignableFrom(ft) || LookupNode.Indexable.class.isAssignableFrom(ft)) {
            try {
              f.setAccessible(true);
              out.add(f);
            } catch (RuntimeException e) {
              // not ours to read
            }
          }
        }
      }
      return out;
    });
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Object read(Field f, Object o) {
    try {
      return f.get(o);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  private static void write(Field f, Object o, Object v) {
    try {
      f.set(o, v);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      // leave liqp's node where it cannot be replaced
    }
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

package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.filter.Ruby;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import io.jekyll4j.liquid.core.Blank;
import io.jekyll4j.liquid.core.Bodies;
import io.jekyll4j.liquid.core.Interrupt;
import liqp.LValue;
import liqp.RenderTransformer.ObjectAppender;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;
import liqp.parser.Inspectable;

/**
 * Liquid 4's {@code for}: ranges and arrays sliced the same way ({@code offset}, {@code limit},
 * {@code offset:continue}, then {@code reversed}), {@code forloop} counters over the slice, and
 * {@code parentloop}. liqp miscounts ranges ({@code rindex}, {@code length}, offsets).
 */
public final class ForBlock extends Block {
  private static final String STACK = "j4j_for_stack";

  public ForBlock() {
    super("for");
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    boolean array = Boolean.TRUE.equals(nodes[0].render(context));
    String id = String.valueOf(nodes[1].render(context));
    String name = id + "-" + nodes[5].render(context);
    boolean reversed = Boolean.TRUE.equals(nodes[6].render(context));
    TemplateContext scope = context.newChildContext();
    List<Object> items;
    LNode body;
    LNode elseBody;
    if (array) {
      items = items(scope, nodes[2].render(scope));
      body = nodes[3];
      elseBody = nodes[4];
    } else {
      long from = bound(nodes[2].render(scope));
      long to = bound(nodes[3].render(scope));
      items = range(from, to);
      body = nodes[4];
      elseBody = null;
    }
    Map<String, Integer> offsets = context.getRegistry(TemplateContext.REGISTRY_FOR);
    long offset = 0;
    Long limit = null;
    for (int i = 7; i < nodes.length; i++) {
      Object attr = nodes[i].render(scope);
      Object[] kv = attr instanceof Object[] a ? a : attr instanceof List<?> l ? l.toArray() : null;
      if (kv == null || kv.length < 2) continue;
      String key = String.valueOf(kv[0]);
      if (key.equals("offset")) {
        offset = kv[1] == LValue.CONTINUE ? offsets.getOrDefault(name, 0) : integer(kv[1]);
      } else if (key.equals("limit")) {
        limit = kv[1] == null ? null : integer(kv[1]);
      }
    }
    int from = (int) Math.max(0, Math.min(offset, items.size()));
    int to = limit == null ? items.size() : (int) Math.max(from, Math.min(items.size(), offset + limit));
    List<Object> segment = items.subList(from, Math.max(from, to));
    if (reversed) {
      segment = new ArrayList<>(segment);
      Collections.reverse(segment);
    }
    offsets.put(name, (int) offset + segment.size());
    Object out = segment.isEmpty()
        ? (elseBody == null ? null : Bodies.render(elseBody, scope))
        : loop(scope, id, name, segment, (BlockNode) body);
    return Blank.bodies(body, elseBody) && !(out instanceof Interrupt) ? "" : out;
  }

  @SuppressWarnings("unchecked")
  private static Object loop(TemplateContext scope, String id, String name, List<Object> segment, BlockNode body) {
    Map<String, List<Map<String, Object>>> registry = scope.getRegistry(STACK);
    List<Map<String, Object>> stack = registry.computeIfAbsent(STACK, k -> new ArrayList<>());
    Map<String, Object> parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    ObjectAppender.Controller out = scope.newObjectAppender(segment.size());
    int length = segment.size();
    // Liquid's ForloopDrop: a drop, so it has no size
    Map<String, Object> forloop = io.jekyll4j.liquid.drop.LoopDrop.forloop();
    stack.add(forloop);
    try {
      for (int i = 0; i < length; i++) {
        scope.incrementIterations();
        if (i == 0) {
          // the same for every iteration (nothing in a template writes into forloop)
          forloop.put("name", name);
          forloop.put("length", (long) length);
        }
        forloop.put("index", (long) i + 1);
        forloop.put("index0", (long) i);
        forloop.put("rindex", (long) length - i);
        forloop.put("rindex0", (long) length - i - 1);
        forloop.put("first", i == 0);
        forloop.put("last", i == length - 1);
        if (i == 0) forloop.put("parentloop", parent);
        scope.put("forloop", forloop);
        scope.put(id, segment.get(i));
        Object value = Bodies.render(body, scope);
        if (value instanceof Interrupt stop) {
          out.append(stop.output());
          if (stop.isBreak()) break;
        } else if (value != null) {
          out.append(value);
        }
      }
    } finally {
      stack.remove(stack.size() - 1);
    }
    return out.getResult();
  }

  /**
   * Ranges longer than this stop with an error: Liquid 4 turns a range into an array first
   * ({@code to_a}), so Jekyll runs out of memory on {@code (1..3000000000)}; here the range is
   * a view, and the limit keeps a typo from rendering for hours.
   */
  static final long MAX_RANGE = 100_000_000L;

  /** The integers {@code from..to} as a list, without storing them. */
  private static List<Object> range(long from, long to) {
    long size = to < from ? 0 : to - from + 1;
    if (size > MAX_RANGE || size < 0) {
      throw new IllegalArgumentException("Liquid error: for loop over (" + from + ".." + to + "): "
          + size + " items, more than " + MAX_RANGE + " (Jekyll runs out of memory on it)");
    }
    int n = (int) size;
    return new java.util.AbstractList<>() {
      @Override
      public Object get(int i) {
        return from + i;
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  private static List<Object> items(TemplateContext context, Object data) {
    if (data instanceof Inspectable) data = context.getParser().evaluate(data).toLiquid();
    List<Object> out = new ArrayList<>();
    if (data == null) return out;
    if (data instanceof Map<?, ?> m && io.jekyll4j.liquid.drop.DropLike.isDrop(data)) {
      // a Jekyll drop yields (key, value): the loop variable is the key
      out.addAll(((io.jekyll4j.liquid.drop.DropLike) m).dropKeys());
    } else if (data instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.add(new ArrayList<>(java.util.Arrays.asList(k, v))));
    } else if (data instanceof Collection<?> c) {
      out.addAll(c);
    } else if (data instanceof Object[] a) {
      Collections.addAll(out, a);
    } else if (data instanceof CharSequence s) {
      if (s.length() > 0) out.add(s.toString());
    } else if (data instanceof Iterable<?> it) {
      it.forEach(out::add);
    } else if (data instanceof Boolean || data instanceof Number
        || data instanceof java.time.temporal.TemporalAccessor || data instanceof java.util.Date) {
      // Liquid 4's slice_collection_using_each: `return [] unless collection.respond_to?(:each)`
      // (so `for c in site.github.contributors` is empty when the metadata gave false)
    } else {
      out.add(data);
    }
    return out;
  }

  /** A range bound: integers, numeric text by {@code to_i}, floats rejected as Liquid 4 does. */
  private static long bound(Object v) {
    if (v == null) return 0;
    if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
      BigDecimal d = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).doubleValue());
      if (d.stripTrailingZeros().scale() > 0 || !(v instanceof BigDecimal)) {
        throw new IllegalArgumentException("Liquid error: invalid integer");
      }
    }
    if (v instanceof Number n) return n.longValue();
    return Ruby.toI(Ruby.toS(v)).longValue();
  }

  private static long integer(Object v) {
    if (v instanceof Number n) return n.longValue();
    return Ruby.toI(Ruby.toS(v)).longValue();
  }
}

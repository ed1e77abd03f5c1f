package io.jekyll4j.liquid.tag;

import io.jekyll4j.liquid.core.Blank;
import io.jekyll4j.liquid.core.Bodies;
import io.jekyll4j.liquid.core.Interrupt;
import io.jekyll4j.liquid.filter.Ruby;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liqp.LValue;
import liqp.RenderTransformer.ObjectAppender;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;
import liqp.nodes.OutputNode;
import liqp.parser.Inspectable;

/**
 * Liquid 4.0.4's {@code tablerow} ({@code table_row.rb}, {@code TablerowloopDrop}): nodes are
 * the variable, the collection, the body and {@code key: value} attributes ({@code cols},
 * {@code limit}, {@code offset}). A {@code break} or {@code continue} inside is not taken by the
 * table: it stays pending, so every later cell renders only up to its first tag, and the
 * enclosing body stops after the table, as in Liquid.
 */
public final class TablerowBlock extends Block {
  public TablerowBlock() {
    super("tablerow");
  }

  @Override
  public Object render(TemplateContext context, LNode... nodes) {
    String variable = String.valueOf(nodes[0].render(context));
    Object collection = nodes[1].render(context);
    if (collection instanceof Inspectable) collection = context.getParser().evaluate(collection).toLiquid();
    if (collection == null || Boolean.FALSE.equals(collection)) return "";
    BlockNode body = (BlockNode) nodes[2];
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (int i = 3; i < nodes.length; i++) {
      Object kv = nodes[i].render(context);
      Object[] pair = kv instanceof Object[] a ? a : kv instanceof List<?> l ? l.toArray() : null;
      if (pair != null && pair.length == 2) attributes.put(String.valueOf(pair[0]), pair[1]);
    }
    long from = attributes.containsKey("offset") ? toI(attributes.get("offset")) : 0;
    Long to = attributes.containsKey("limit") ? from + toI(attributes.get("limit")) : null;
    List<Object> items = slice(collection, from, to);
    long cols = toI(attributes.get("cols"));
    int length = items.size();
    ObjectAppender.Controller out = context.newObjectAppender(length * 4 + 2);
    out.append("<tr class=\"row1\">\n");
    TemplateContext scope = context.newChildContext();
    Map<String, Object> loop = io.jekyll4j.liquid.drop.LoopDrop.tablerowloop();
    scope.put("tablerowloop", loop);
    long row = 1;
    long col = 1;
    Interrupt pending = null;
    for (int index = 0; index < length; index++) {
      scope.incrementIterations();
      fill(loop, length, cols, row, col, index);
      scope.put(variable, items.get(index));
      out.append("<td class=\"col" + col + "\">");
      if (pending == null) {
        Object cell = Bodies.render(body, scope);
        if (cell instanceof Interrupt stop) {
          pending = stop;
          out.append(stop.output());
        } else if (cell != null) {
          out.append(cell);
        }
      } else {
        renderUntilTag(body, scope, out);
      }
      out.append("</td>");
      if (col == cols && index != length - 1) out.append("</tr>\n<tr class=\"row" + (row + 1) + "\">");
      if (col == cols) {
        col = 1;
        row++;
      } else {
        col++;
      }
    }
    out.append("</tr>\n");
    Object result = out.getResult();
    return pending == null ? result : new Interrupt(String.valueOf(result), pending.isBreak());
  }

  /** A body rendered while an interrupt is pending: text and outputs up to the first tag, which renders last. */
  private static void renderUntilTag(BlockNode body, TemplateContext context, ObjectAppender.Controller out) {
    for (LNode node : body.getChildren()) {
      if (node == null) continue;
      if (node instanceof AtomNode atom) {
        Object v = atom.render(context);
        if (v == LValue.BREAK || v == LValue.CONTINUE) return;
        out.append(v);
        continue;
      }
      Object v = node.render(context);
      if (node instanceof OutputNode) {
        if (v != null) out.append(v);
        continue;
      }
      if (v instanceof Interrupt i) {
        out.append(i.output());
      } else if (v != null && v != LValue.BREAK && v != LValue.CONTINUE && !Blank.block(node)) {
        out.append(v);
      }
      return;
    }
  }

  private static void fill(Map<String, Object> loop, long length, long cols, long row, long col, long index) {
    loop.put("length", length);
    loop.put("row", row);
    loop.put("col", col);
    loop.put("col0", col - 1);
    loop.put("col_first", col == 1);
    loop.put("col_last", col == cols);
    loop.put("index", index + 1);
    loop.put("index0", index);
    loop.put("rindex", length - index);
    loop.put("rindex0", length - index - 1);
    loop.put("first", index == 0);
    loop.put("last", index == length - 1);
  }

  /** {@code Utils.slice_collection_using_each}. */
  private static List<Object> slice(Object collection, long from, Long to) {
    List<Object> all = new ArrayList<>();
    if (collection instanceof CharSequence s) {
      if (s.length() > 0) all.add(s.toString());
    } else if (collection instanceof Map<?, ?> m) {
      m.forEach((k, v) -> all.add(new ArrayList<>(List.of(k, v == null ? "" : v))));
    } else if (collection instanceof Collection<?> c) {
      all.addAll(c);
    } else if (collection instanceof Object[] a) {
      all.addAll(List.of(a));
    } else {
      all.add(collection);
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (to != null && i >= to) break;
      if (i >= from) out.add(all.get(i));
    }
    return out;
  }

  private static long toI(Object v) {
    if (v == null) return 0;
    if (v instanceof Number n) return n.longValue();
    return Ruby.toI(Ruby.toS(v)).longValue();
  }
}

package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.liquid.drop.RenderedView;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Renders some items of a site again, one at a time in Jekyll's order (documents, then pages),
 * with the view a full sequential build would give: an item that comes earlier shows its stored
 * (rendered, or carried-over) content; one that comes later shows its raw body, as in Jekyll.
 */
final class PartialRender implements RenderedView {
  private final List<Convertible> order;
  /** Each item's position, made when a rendered item first looks at another's content. */
  private Map<Convertible, Integer> index;
  private int current = -1;

  PartialRender(List<Convertible> itemsInOrder) {
    this.order = itemsInOrder;
  }

  /** Renders, in order, the items whose relative path is in {@code paths}. */
  void run(Set<String> paths, Consumer<Convertible> render) {
    try {
      for (int i = 0; i < order.size(); i++) {
        if (paths.contains(order.get(i).relativePath())) {
          current = i;
          render.accept(order.get(i));
        }
      }
    } finally {
      current = -1;
    }
  }

  /** Renders these items (in render order, found by {@code index}) with their positions. */
  void run(List<Convertible> items, SiteIndex index, Consumer<Convertible> render) {
    try {
      for (Convertible item : items) {
        current = -1;
        for (int i : index.positionsOf(item.relativePath())) {
          if (order.get(i) == item) current = i;
        }
        render.accept(item);
      }
    } finally {
      current = -1;
    }
  }

  @Override
  public String content(Convertible item) {
    return later(item) ? item.body() : AS_STORED.content(item);
  }

  @Override
  public String output(Convertible item) {
    return later(item) ? null : item.output();
  }

  private synchronized boolean later(Convertible item) {
    if (current < 0) return false;
    if (index == null) {
      index = new IdentityHashMap<>();
      for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
    }
    Integer them = index.get(item);
    return current >= 0 && them != null && them > current;
  }
}

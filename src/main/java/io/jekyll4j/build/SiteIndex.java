package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each item sits in a built site's render order (documents, then pages), by relative
 * path. A partial rebuild keeps every item at its place (the planner checks that), so the index
 * of the build that last changed the site's shape lets a rebuild find the few items it renders
 * without visiting the thousands it does not.
 */
final class SiteIndex {
  private final Map<String, int[]> positions = new HashMap<>();
  private final int size;

  SiteIndex(List<Convertible> order) {
    size = order.size();
    for (int i = 0; i < order.size(); i++) {
      int at = i;
      positions.merge(order.get(i).relativePath(), new int[] {i}, (a, b) -> {
        int[] both = Arrays.copyOf(a, a.length + 1);
        both[a.length] = at;
        return both;
      });
    }
  }

  boolean contains(String path) {
    return positions.containsKey(path);
  }

  int[] positionsOf(String path) {
    return positions.getOrDefault(path, new int[0]);
  }

  /** Whether this index describes a site of this many items. */
  boolean fits(List<Convertible> order) {
    return order.size() == size;
  }

  /** The items of {@code order} with these paths, in order. */
  List<Convertible> select(List<Convertible> order, Set<String> paths) {
    List<Integer> at = new ArrayList<>();
    for (String p : paths) {
      for (int i : positions.getOrDefault(p, new int[0])) at.add(i);
    }
    at.sort(null);
    List<Convertible> out = new ArrayList<>(at.size());
    for (int i : at) out.add(order.get(i));
    return out;
  }
}

package io.jekyll4j.source;

import io.jekyll4j.content.Document;
import io.jekyll4j.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jekyll's document orders: {@code Document#<=>} (date when both have one, else path), a
 * collection's {@code sort_by} key (documents without the key last, with Jekyll's warning) and its
 * {@code order} list (listed files first, then the rest in default order). Jekyll's comparison is
 * not a total order when dated and undated documents mix, so a merge sort that never rejects a
 * comparator is used.
 */
final class DocumentOrder {
  private DocumentOrder() {}

  /** Jekyll's default order, {@code docs.sort!}. */
  static List<Document> sortDefault(List<Document> docs) {
    return mergeSort(docs, DocumentOrder::compareDefault);
  }

  /** A collection's order from its settings. */
  static List<Document> sort(List<Document> docs, Map<String, Object> settings, Diagnostics diagnostics) {
    Object order = settings.get("order");
    Object sortBy = settings.get("sort_by");
    if (order instanceof List<?> l) return rearrange(docs, l);
    if (sortBy instanceof String key) return sortByKey(docs, key, diagnostics);
    return sortDefault(docs);
  }

  static int compareDefault(Document a, Document b) {
    if (a.dated() && b.dated()) {
      // Instant#compareTo without making two instants (a sort compares n log n times)
      int c = Long.compare(a.date().toEpochSecond(), b.date().toEpochSecond());
      if (c == 0) c = Integer.compare(a.date().getNano(), b.date().getNano());
      if (c != 0) return c;
    }
    return a.relativePath().compareTo(b.relativePath());
  }

  private static List<Document> rearrange(List<Document> docs, List<?> order) {
    Map<String, Document> table = new LinkedHashMap<>();
    for (Document d : sortDefault(docs)) table.put(d.jekyllRelativePath(), d);
    Map<String, Document> result = new LinkedHashMap<>();
    String dir = docs.isEmpty() ? "" : "_" + docs.get(0).collection() + "/";
    for (Object entry : order) result.put(dir + entry, null);
    result.putAll(table);
    List<Document> out = new ArrayList<>();
    for (Document d : result.values()) if (d != null) out.add(d);
    return out;
  }

  private static List<Document> sortByKey(List<Document> docs, String key, Diagnostics diagnostics) {
    return mergeSort(
        docs,
        (a, b) -> {
          Object va = a.data().get(key);
          Object vb = b.data().get(key);
          if (va == null && vb != null) {
            diagnostics.warn("Sort warning: '" + key + "' not defined in " + a.jekyllRelativePath());
            return 1;
          }
          if (va != null && vb == null) {
            diagnostics.warn("Sort warning: '" + key + "' not defined in " + b.jekyllRelativePath());
            return -1;
          }
          Optional<Integer> c = compareValues(va, vb);
          return c.filter(x -> x != 0).orElseGet(() -> compareDefault(a, b));
        });
  }

  /** Ruby's {@code <=>} for YAML values: numbers, strings, booleans; other mixes are nil. */
  static Optional<Integer> compareValues(Object a, Object b) {
    if (a == null || b == null) return Optional.empty();
    if (a instanceof Number x && b instanceof Number y) {
      return Optional.of(Double.compare(x.doubleValue(), y.doubleValue()));
    }
    if (a instanceof String x && b instanceof String y) return Optional.of(Integer.signum(x.compareTo(y)));
    if (a instanceof java.time.chrono.ChronoZonedDateTime<?> x && b instanceof java.time.chrono.ChronoZonedDateTime<?> y) {
      return Optional.of(Integer.signum(x.toInstant().compareTo(y.toInstant())));
    }
    if (a instanceof java.time.temporal.Temporal && a.getClass() == b.getClass() && a instanceof Comparable<?>) {
      @SuppressWarnings("unchecked")
      Comparable<Object> ca = (Comparable<Object>) a;
      return Optional.of(Integer.signum(ca.compareTo(b)));
    }
    if (a.equals(b)) return Optional.of(0);
    return Optional.empty();
  }

  private static List<Document> mergeSort(List<Document> docs, Comparator<Document> cmp) {
    if (docs.size() <= 1) return new ArrayList<>(docs);
    int mid = docs.size() / 2;
    List<Document> left = mergeSort(docs.subList(0, mid), cmp);
    List<Document> right = mergeSort(docs.subList(mid, docs.size()), cmp);
    List<Document> out = new ArrayList<>(docs.size());
    int i = 0;
    int j = 0;
    while (i < left.size() && j < right.size()) {
      out.add(cmp.compare(left.get(i), right.get(j)) <= 0 ? left.get(i++) : right.get(j++));
    }
    while (i < left.size()) out.add(left.get(i++));
    while (j < right.size()) out.add(right.get(j++));
    return out;
  }
}

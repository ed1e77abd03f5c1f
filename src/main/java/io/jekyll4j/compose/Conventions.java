package io.jekyll4j.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a set of existing files of one kind (pages of a folder, posts, drafts) have in common:
 * the order of their front matter keys, how each key's value is quoted and spaced, which keys
 * most of them carry and which values all of them share. New files are written to match.
 */
final class Conventions {
  private final List<FrontMatterDocument> samples;
  private final List<String> keyOrder;

  private Conventions(List<FrontMatterDocument> samples) {
    this.samples = List.copyOf(samples);
    this.keyOrder = List.copyOf(learnKeyOrder(samples));
  }

  static Conventions of(List<FrontMatterDocument> samples) {
    return new Conventions(samples);
  }

  boolean isEmpty() {
    return samples.isEmpty();
  }

  int size() {
    return samples.size();
  }

  /** Keys in the order the typical file writes them. */
  List<String> keyOrder() {
    return keyOrder;
  }

  /** Whether more than half of the files carry {@code key}. */
  boolean mostHave(String key) {
    return 2 * entries(key).size() > samples.size();
  }

  /** The quoting most files use for {@code key}, plain if none has it. */
  ScalarStyle style(String key) {
    return mostCommon(key, FrontMatterEntry::style).orElse(ScalarStyle.PLAIN);
  }

  /** The white space most files put between {@code key:} and its value. */
  String gap(String key) {
    return mostCommon(key, FrontMatterEntry::gap).orElse(" ");
  }

  /** The most common text of {@code key}'s value, as written. */
  Optional<String> mostCommonRaw(String key) {
    return mostCommon(key, FrontMatterEntry::raw);
  }

  /** The most common scalar value of {@code key}. */
  Optional<String> mostCommonScalar(String key) {
    return best(
        entries(key).stream().filter(e -> e.kind() == FrontMatterEntry.Kind.SCALAR).toList(),
        FrontMatterEntry::scalar);
  }

  /** Every entry for {@code key}, one per file that has it. */
  List<FrontMatterEntry> entries(String key) {
    List<FrontMatterEntry> found = new ArrayList<>();
    samples.forEach(s -> s.entry(key).ifPresent(found::add));
    return found;
  }

  /**
   * Keys that every one of at least three files carries with the same text: site-wide settings
   * such as {@code author: Jane} or {@code comments: true}, copied as written. (Two files
   * agreeing may be chance.)
   */
  Map<String, String> sharedValues() {
    Map<String, String> shared = new LinkedHashMap<>();
    if (samples.size() < 3) {
      return shared;
    }
    for (String key : keyOrder) {
      List<FrontMatterEntry> all = entries(key);
      if (all.size() == samples.size()
          && all.stream().map(FrontMatterEntry::raw).distinct().count() == 1
          && !all.get(0).raw().contains("\n")) {
        shared.put(key, all.get(0).raw());
      }
    }
    return shared;
  }

  /** Keys most files carry as lists ({@code tags}, {@code categories}): new files get one. */
  List<String> listKeys() {
    return keyOrder.stream()
        .filter(this::mostHave)
        .filter(k -> entries(k).stream().allMatch(FrontMatterEntry::listLike))
        .toList();
  }

  private <T> Optional<T> mostCommon(String key, Function<FrontMatterEntry, T> property) {
    return best(entries(key), property);
  }

  /** The most frequent property value; ties go to the value seen first. */
  private static <T> Optional<T> best(
      List<FrontMatterEntry> entries, Function<FrontMatterEntry, T> property) {
    Map<T, Long> counts =
        entries.stream()
            .collect(Collectors.groupingBy(property, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(Comparator.comparingLong(Map.Entry::getValue))
        .map(Map.Entry::getKey);
  }

  /**
   * The key order of the most common key sequence, with keys that only other files have
   * slotted in after the key they follow there.
   */
  private static List<String> learnKeyOrder(List<FrontMatterDocument> samples) {
    Map<List<String>, Long> sequences =
        samples.stream()
            .collect(
                Collectors.groupingBy(
                    FrontMatterDocument::keys, LinkedHashMap::new, Collectors.counting()));
    List<String> order =
        new ArrayList<>(
            sequences.entrySet().stream()
                .max(
                    Comparator.<Map.Entry<List<String>, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().size()))
                .map(Map.Entry::getKey)
                .orElse(List.of()));
    for (FrontMatterDocument sample : samples) {
      List<String> keys = sample.keys();
      for (int i = 0; i < keys.size(); i++) {
        if (!order.contains(keys.get(i))) {
          int after = i == 0 ? -1 : order.indexOf(keys.get(i - 1));
          order.add(after + 1, keys.get(i));
        }
      }
    }
    return order;
  }
}

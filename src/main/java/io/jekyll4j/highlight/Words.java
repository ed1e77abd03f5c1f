package io.jekyll4j.highlight;

import java.util.HashSet;
import java.util.Set;

/** Word lists for rule tables, written as one space-separated string. */
final class Words {
  private Words() {}

  /** The words as an immutable set. */
  static Set<String> set(String words) {
    return Set.copyOf(java.util.Arrays.asList(words.trim().split("\\s+")));
  }

  /** {@code base} and the space-separated {@code more} words, as an immutable set. */
  static Set<String> union(Set<String> base, String more) {
    Set<String> s = new HashSet<>(base);
    s.addAll(set(more));
    return Set.copyOf(s);
  }

  /** Both space-separated word lists, as one immutable set. */
  static Set<String> union(String base, String more) {
    return union(set(base), more);
  }

  /** {@code \b(?:w1|w2|...)\b}; words are regex fragments. */
  static String regex(String words) {
    return "\\b(?:" + alternation(words) + ")\\b";
  }

  /** {@code w1|w2|...}; words are regex fragments. */
  static String alternation(String words) {
    return String.join("|", words.trim().split("\\s+"));
  }
}

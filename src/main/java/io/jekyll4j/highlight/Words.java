package io.jekyll4j.highlight;

import java.util.Set;

/** Word lists for rule tables, written as one space-separated string. */
final class Words {
  private Words() {}

  /** The words as an immutable set. */
  static Set<String> set(String words) {
    return Set.copyOf(java.util.Arrays.asList(words.trim().split("\\s+")));
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

package io.jekyll4j.compose;

import java.util.Set;

/**
 * Copies what every existing file of a kind has in common into a new one: values all of them
 * share (as written), and list keys most carry (as an empty list, to fill in).
 */
final class Shared {
  private Shared() {}

  static void copy(Conventions conventions, NewFrontMatter front, Set<String> ownKeys) {
    conventions.sharedValues().forEach(
        (key, raw) -> {
          if (!ownKeys.contains(key) && !front.has(key)) {
            front.verbatim(key, raw);
          }
        });
    for (String key : conventions.listKeys()) {
      if (!ownKeys.contains(key) && !front.has(key)) {
        front.verbatim(key, "[]");
      }
    }
  }
}

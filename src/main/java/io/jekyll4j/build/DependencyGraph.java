package io.jekyll4j.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each rendered item read beyond its own file, recorded while rendering: the {@code site.*}
 * keys its templates touched ({@code site.posts}, {@code site.pages} ...), the items whose
 * rendered content it read ({@code rendered:PATH}), and, for the
 * whole site, every file an include tag read. Items render in parallel, each on one thread, so a
 * read is attributed to the item the reading thread is rendering.
 */
final class DependencyGraph {
  private final Map<String, Set<String>> siteKeys = new HashMap<>();
  /** The same, the other way round: for each key, the items that read it. */
  private final Map<String, Set<String>> readers = new HashMap<>();
  private final Set<String> includeFiles = new HashSet<>();

  /** One build's recording; merged into the graph only when the build succeeds. */
  static final class Recording {
    /**
     * Per thread, what the items being rendered read, innermost first (a render can nest
     * another); each set is the rendering thread's own until the render phase ends.
     */
    private final ThreadLocal<java.util.ArrayDeque<Set<String>>> current =
        ThreadLocal.withInitial(java.util.ArrayDeque::new);
    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();

    void begin(String item) {
      Set<String> read = new java.util.HashSet<>();
      keys.put(item, read);
      current.get().push(read);
    }

    void end() {
      java.util.ArrayDeque<Set<String>> stack = current.get();
      if (!stack.isEmpty()) stack.pop();
    }

    void read(String key) {
      Set<String> read = current.get().peek();
      if (read != null) read.add(key);
    }
  }

  /** Replaces the entries of the items this build rendered (all of them for a full build). */
  void commit(Recording recording, Set<String> includesRead, boolean full) {
    if (full) {
      siteKeys.clear();
      readers.clear();
      includeFiles.clear();
    }
    recording.keys.forEach((item, keys) -> {
      Set<String> before = siteKeys.put(item, Set.copyOf(keys));
      if (before != null) {
        for (String k : before) {
          Set<String> r = readers.get(k);
          if (r != null) r.remove(item);
        }
      }
      for (String k : keys) readers.computeIfAbsent(k, x -> new HashSet<>()).add(item);
    });
    includeFiles.addAll(includesRead);
  }

  boolean isIncluded(String path) {
    return includeFiles.contains(path);
  }

  /** Items whose templates read any of these keys ({@code site.KEY} or {@code rendered:PATH}). */
  Set<String> readersOf(Set<String> keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) out.addAll(readers.getOrDefault(k, Set.of()));
    return out;
  }

  boolean isEmpty() {
    return siteKeys.isEmpty();
  }
}

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
    /** Per thread, the items being rendered, innermost first (a render can nest another). */
    private final Map<Thread, java.util.Deque<String>> current = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();

    void begin(String item) {
      current.computeIfAbsent(Thread.currentThread(), t -> new java.util.ArrayDeque<>()).push(item);
      keys.put(item, ConcurrentHashMap.newKeySet());
    }

    void end() {
      java.util.Deque<String> stack = current.get(Thread.currentThread());
      if (stack == null) return;
      stack.pop();
      if (stack.isEmpty()) current.remove(Thread.currentThread());
    }

    void read(String key) {
      java.util.Deque<String> stack = current.get(Thread.currentThread());
      if (stack != null && !stack.isEmpty()) {
        Set<String> read = keys.get(stack.peek());
        // most reads repeat (site.title on every page): contains() takes no lock, add() does
        if (!read.contains(key)) read.add(key);
      }
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

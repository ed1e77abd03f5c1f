package io.jekyll4j.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects which source files write each output path and reports the shared ones as {@code jekyll
 * doctor} (and every {@code jekyll build}) does: one warning per destination, naming the
 * destination and every file that writes it, in the order the files are written.
 */
public final class UrlConflicts {
  private final Map<String, List<String>> sources = new LinkedHashMap<>();

  /** Records that {@code source} writes {@code destination}. */
  public void claim(String destination, String source) {
    sources.computeIfAbsent(destination, k -> new ArrayList<>()).add(source);
  }

  /** One warning per destination written by more than one file, in Jekyll's wording. */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : sources.entrySet()) {
      if (e.getValue().size() < 2) continue;
      StringBuilder sb =
          new StringBuilder("Conflict: The following destination is shared by multiple files.\n")
              .append("The written file may end up with unexpected contents.\n")
              .append(e.getKey());
      for (String s : e.getValue()) sb.append("\n - ").append(s);
      out.add(sb.toString());
    }
    return out;
  }
}

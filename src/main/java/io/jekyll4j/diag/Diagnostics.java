package io.jekyll4j.diag;

import java.util.ArrayList;
import java.util.List;

/** Non-fatal problems of one build (missing layout, URL clash), in the order reported. */
public final class Diagnostics {
  private final List<String> warnings = new ArrayList<>();

  public synchronized void warn(String message) {
    warnings.add(message);
  }

  public synchronized List<String> warnings() {
    return List.copyOf(warnings);
  }
}

package io.jekyll4j.content;

import java.util.function.Supplier;

/**
 * A document's body read from its file when first asked for, for a document whose front matter
 * came from the reader's cache (see {@code source.FrontMatterCache}): the first page of a large
 * site does not wait for every body to be read. What the cache knew about the text without reading
 * it ({@link #mayHoldLiquid()}) is exact for it: the cache is used only while the file's size and
 * time are the ones it was read with. Thread-safe: the text is loaded once.
 */
public final class LazyBody {
  private final Supplier<String> load;
  private final boolean mayHoldLiquid;
  private volatile String text;

  /** A body that {@code load} reads; {@code mayHoldLiquid}: whether it has {@code {{} or {@code {%}. */
  public LazyBody(Supplier<String> load, boolean mayHoldLiquid) {
    this.load = load;
    this.mayHoldLiquid = mayHoldLiquid;
  }

  /** The text, read now if it has not been. */
  public String get() {
    String t = text;
    if (t != null) return t;
    synchronized (this) {
      if (text == null) text = load.get();
      return text;
    }
  }

  /** Whether the text has {@code {{} or {@code {%} (so may hold Liquid), known without reading it. */
  public boolean mayHoldLiquid() {
    return mayHoldLiquid;
  }
}

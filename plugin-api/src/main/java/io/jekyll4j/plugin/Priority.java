package io.jekyll4j.plugin;

/**
 * Jekyll's plugin priorities ({@code Jekyll::Plugin::PRIORITIES}): generators run, and converters
 * are tried, from the highest to the lowest; plugins of equal priority keep their load order.
 */
public enum Priority {
  LOWEST(-100),
  LOW(-10),
  NORMAL(0),
  HIGH(10),
  HIGHEST(100);

  private final int value;

  Priority(int value) {
    this.value = value;
  }

  /** Jekyll's number for this priority (higher runs first). */
  public int value() {
    return value;
  }
}

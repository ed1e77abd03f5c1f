package io.jekyll4j.config;

import java.util.concurrent.CountDownLatch;

/**
 * Whether the warm-up thread is making a SnakeYAML loader that {@link Yaml} should wait for. Kept
 * apart from {@link Yaml} so that saying so, on the main thread before the warm-up starts, does not
 * initialise {@link Yaml}'s patterns there: the warm-up does that on its own core.
 */
public final class YamlWarmUp {
  private YamlWarmUp() {}

  /** Done when the warm-up's loader is in the pool (or none is coming); null before one is announced. */
  private static volatile CountDownLatch coming;

  /**
   * Says, before the warm-up thread starts, that it will make a loader: a load that comes first
   * waits for it (at most two seconds) instead of making its own.
   */
  public static void announce() {
    coming = new CountDownLatch(1);
  }

  /** Says that the announced loader is in the pool, or that none is coming (loads make their own). */
  public static void done() {
    CountDownLatch c = coming;
    if (c != null) c.countDown();
  }

  /** Waits, at most two seconds, while an announced loader is being made. */
  static void awaitComing() {
    CountDownLatch c = coming;
    if (c == null || c.getCount() == 0) return;
    try {
      c.await(2, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

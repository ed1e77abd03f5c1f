package io.jekyll4j.render;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.liquid.drop.RenderedView;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Renders items in parallel with the result of Jekyll's sequential order. Items are numbered in
 * Jekyll's order (documents, then pages) and taken from a FIFO queue; when item R reads the
 * {@code content} of item T, it waits for T if T comes earlier (Jekyll would have rendered it)
 * and sees T's raw body if T comes later. Waits only go to earlier items, which a FIFO pool has
 * already started, so there is no deadlock; the output never depends on timing.
 *
 * <p>The item being rendered is kept in a {@link ThreadLocal}: liqp reads drops through {@code
 * Map.get} without its context, so the reader cannot travel any other way. It is set and cleared
 * around each render only.
 */
public final class OrderedRender implements RenderedView {
  private final List<? extends Convertible> items;
  private final Map<Convertible, Integer> index = new IdentityHashMap<>();
  private final CountDownLatch[] done;
  private final ThreadLocal<Integer> current = new ThreadLocal<>();

  public OrderedRender(List<? extends Convertible> itemsInOrder) {
    this.items = List.copyOf(itemsInOrder);
    this.done = new CountDownLatch[items.size()];
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
      done[i] = new CountDownLatch(1);
    }
  }

  /** Renders every item with {@code render} on {@code threads} threads; rethrows the first error in order. */
  public void run(Consumer<Convertible> render, int threads) {
    if (threads <= 1 || items.size() < 2) {
      for (int i = 0; i < items.size(); i++) renderOne(i, render);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jekyll4j-render");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> futures = new ArrayList<>(items.size());
    try {
      for (int i = 0; i < items.size(); i++) {
        int n = i;
        futures.add(pool.submit(() -> renderOne(n, render)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException re) throw re;
          if (c instanceof Error err) throw err;
          throw new IllegalStateException(c);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new BuildException(null, "interrupted while rendering");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void renderOne(int i, Consumer<Convertible> render) {
    current.set(i);
    try {
      render.accept(items.get(i));
    } finally {
      current.remove();
      done[i].countDown();
    }
  }

  @Override
  public String content(Convertible item) {
    int order = relativeOrder(item);
    if (order > 0) return item.body();
    return AS_STORED.content(item);
  }

  @Override
  public String output(Convertible item) {
    return relativeOrder(item) > 0 ? null : item.output();
  }

  /** Negative or zero: the reader may see {@code item} as stored (after waiting for it); positive: not yet rendered. */
  private int relativeOrder(Convertible item) {
    Integer me = current.get();
    Integer them = index.get(item);
    if (me == null || them == null || me.equals(them)) return 0;
    if (them > me) return 1;
    try {
      done[them].await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return -1;
  }
}

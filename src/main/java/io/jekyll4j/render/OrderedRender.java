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
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;

/**
 * Renders items in parallel with the result of Jekyll's sequential order. Items are numbered in
 * Jekyll's order (documents, then pages) and taken from a FIFO queue; when item R reads the
 * {@code content} of item T, it waits for T if T comes earlier (Jekyll would have rendered it)
 * and sees T's raw body if T comes later. The output never depends on timing.
 *
 * <p>One item can also be rendered ahead of its turn ({@link #renderNow}): {@code serve} does
 * this for the page a browser asks for while the first build is still running. Each item is
 * claimed once, by whichever thread comes first; the others wait for it. An item rendered early
 * still sees earlier items rendered: an earlier item not yet claimed is rendered on the spot,
 * on the same thread (a nested render), so the early page gets exactly what the build writes.
 *
 * <p>No deadlock: a thread only ever waits for an item with a lower number that another thread
 * has claimed, and the pool claims in order, so the lowest unfinished item never waits.
 *
 * <p>The item being rendered is kept in a {@link ThreadLocal}: liqp reads drops through {@code
 * Map.get} without its context, so the reader cannot travel any other way. It is set around each
 * render and restored after (a nested render puts the outer item back).
 */
public final class OrderedRender implements RenderedView {
  private static final int FREE = 0;
  private static final int CLAIMED = 1;

  private final List<? extends Convertible> items;
  private final Map<Convertible, Integer> index = new IdentityHashMap<>();
  private final CountDownLatch[] done;
  private final AtomicIntegerArray state;
  private final RuntimeException[] failures;
  private final ThreadLocal<Integer> current = new ThreadLocal<>();
  /** How to render an item, as last given: a reader renders an earlier unclaimed item with it. */
  private volatile Consumer<Convertible> nested;
  private final Object gate = new Object();
  /** Threads rendering an item ahead of its turn (guarded by {@link #gate}). */
  private int urgent;

  public OrderedRender(List<? extends Convertible> itemsInOrder) {
    this.items = List.copyOf(itemsInOrder);
    this.done = new CountDownLatch[items.size()];
    this.state = new AtomicIntegerArray(items.size());
    this.failures = new RuntimeException[items.size()];
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
      done[i] = new CountDownLatch(1);
    }
  }

  /**
   * Renders every item with {@code render} on {@code threads} threads; rethrows the first error
   * in order. Returns only when every item is rendered, including those rendered early.
   */
  public void run(Consumer<Convertible> render, int threads) {
    nested = render;
    if (threads <= 1 || items.size() < 2) {
      for (int i = 0; i < items.size(); i++) renderOne(i, render);
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "jekyll4j-render");
        t.setDaemon(true);
        return t;
      });
      List<Future<?>> futures = new ArrayList<>(items.size());
      try {
        for (int i = 0; i < items.size(); i++) {
          int n = i;
          futures.add(pool.submit(() -> {
            awaitNoUrgentRender();
            renderOne(n, render);
            return null;
          }));
        }
        for (Future<?> f : futures) await(f);
      } finally {
        pool.shutdownNow();
      }
    }
    for (int i = 0; i < items.size(); i++) {
      awaitDone(i);
      if (failures[i] != null) throw failures[i];
    }
  }

  /**
   * Renders {@code item} now on the calling thread, unless another thread has claimed it; then
   * waits for it. Throws the item's own render error, if it had one.
   *
   * @throws IllegalArgumentException if {@code item} is not one of this render's items
   */
  public void renderNow(Convertible item, Consumer<Convertible> render) {
    Integer i = index.get(item);
    if (i == null) throw new IllegalArgumentException("not in this render: " + item.relativePath());
    nested = render;
    synchronized (gate) {
      urgent++;
    }
    try {
      renderOne(i, render);
      awaitDone(i);
    } finally {
      synchronized (gate) {
        if (--urgent == 0) gate.notifyAll();
      }
    }
    if (failures[i] != null) throw failures[i];
  }

  /**
   * The pool takes no new item while an item is rendered ahead of its turn: someone is waiting
   * for that one, so it gets the cores. Items already started go on (it may need them).
   */
  private void awaitNoUrgentRender() throws InterruptedException {
    synchronized (gate) {
      while (urgent > 0) gate.wait();
    }
  }

  /** Claims and renders item {@code i}; does nothing when another thread has claimed it. */
  private void renderOne(int i, Consumer<Convertible> render) {
    if (!state.compareAndSet(i, FREE, CLAIMED)) return;
    Integer outer = current.get();
    current.set(i);
    try {
      render.accept(items.get(i));
    } catch (RuntimeException e) {
      failures[i] = e;
    } catch (Error e) {
      failures[i] = new IllegalStateException(e);
      throw e;
    } finally {
      if (outer == null) current.remove(); else current.set(outer);
      done[i].countDown();
    }
  }

  @Override
  public String content(Convertible item) {
    // An item reading itself sees what it has stored so far: its raw source while its body renders,
    // its converted content in its layouts (a page's own `page` variable is a snapshot, see
    // Drops#pageVariable; the same page listed in site.pages is live, as in Jekyll).
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
    Consumer<Convertible> render = nested;
    if (render != null && state.get(them) == FREE) renderOne(them, render);
    awaitDone(them);
    return -1;
  }

  private void awaitDone(int i) {
    try {
      done[i].await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildException(null, "interrupted while rendering");
    }
  }

  private static void await(Future<?> f) {
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
}

package io.jekyll4j.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Collects file events until the tree has been quiet for a moment, then hands them on as one
 * {@link SourceChanges}. Editors save in several steps (write a temp file and rename it, or
 * delete and re-create), so the quiet time is short after a write but longer after a delete,
 * when a re-create is likely to follow; a batch never waits longer than {@code maxWait}.
 */
final class ChangeBatcher {
  private final ScheduledExecutorService timer;
  private final Consumer<SourceChanges> sink;
  private final long quietMillis;
  private final long afterDeleteMillis;
  private final long maxWaitMillis;

  private final List<SourceChange> pending = new ArrayList<>();
  private boolean overflow;
  private long firstEventNanos;
  private ScheduledFuture<?> flush;

  ChangeBatcher(ScheduledExecutorService timer, Consumer<SourceChanges> sink, long quietMillis,
      long afterDeleteMillis, long maxWaitMillis) {
    this.timer = timer;
    this.sink = sink;
    this.quietMillis = quietMillis;
    this.afterDeleteMillis = afterDeleteMillis;
    this.maxWaitMillis = maxWaitMillis;
  }

  synchronized void add(SourceChange change) {
    pending.add(change);
    schedule(change.kind() == SourceChange.Kind.DELETED ? afterDeleteMillis : quietMillis);
  }

  /** The watcher lost events: the next batch asks for a full rebuild. */
  synchronized void overflow() {
    overflow = true;
    schedule(quietMillis);
  }

  private void schedule(long delayMillis) {
    long now = System.nanoTime();
    if (flush == null) {
      firstEventNanos = now;
    } else {
      flush.cancel(false);
    }
    long waited = TimeUnit.NANOSECONDS.toMillis(now - firstEventNanos);
    long delay = Math.max(0, Math.min(delayMillis, maxWaitMillis - waited));
    flush = timer.schedule(this::flush, delay, TimeUnit.MILLISECONDS);
  }

  private void flush() {
    SourceChanges batch;
    synchronized (this) {
      if (pending.isEmpty() && !overflow) {
        flush = null;
        return;
      }
      batch = overflow ? SourceChanges.everything() : SourceChanges.fold(pending);
      pending.clear();
      overflow = false;
      flush = null;
    }
    if (!batch.isEmpty()) {
      sink.accept(batch);
    }
  }
}

package io.jekyll4j.serve;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs builds one at a time on their own thread. Batches that arrive while a build runs are
 * merged and built together afterwards, so a burst of saves costs at most one extra build.
 */
final class RebuildLoop implements AutoCloseable {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final SiteBuilder builder;
  private final Consumer<BuildReport> onReport;
  private final Consumer<String> console;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(r -> SourceWatcher.daemon(r, "jekyll4j-rebuild"));

  private final List<SourceChange> pending = new ArrayList<>();
  private boolean pendingEverything;
  private boolean scheduled;
  private boolean first = true;

  RebuildLoop(SiteBuilder builder, Consumer<BuildReport> onReport, Consumer<String> console) {
    this.builder = builder;
    this.onReport = onReport;
    this.console = console;
  }

  /** Queues a batch; it is built as soon as the current build (if any) is done. */
  synchronized void submit(SourceChanges batch) {
    pending.addAll(batch.changes());
    pendingEverything |= batch.full();
    if (!scheduled) {
      scheduled = true;
      thread.execute(this::drain);
    }
  }

  private void drain() {
    SourceChanges batch;
    synchronized (this) {
      batch = pendingEverything ? SourceChanges.everything() : SourceChanges.fold(pending);
      pending.clear();
      pendingEverything = false;
      scheduled = false;
    }
    if (batch.isEmpty()) {
      return;
    }
    boolean announce = !first;
    first = false;
    if (announce) {
      describe(batch);
    }
    BuildReport report = builder.build(batch);
    if (announce) {
      announce(report);
    }
    onReport.accept(report);
  }

  private void announce(BuildReport report) {
    if (report.failure().isPresent()) {
      BuildFailure f = report.failure().get();
      console.accept("             Error: " + f.message());
    } else {
      console.accept(String.format("                    ...done in %.3f seconds.",
          report.took().toNanos() / 1e9));
    }
  }

  private void describe(SourceChanges batch) {
    if (batch.full()) {
      console.accept("      Regenerating: everything at " + LocalDateTime.now().format(TIME));
      return;
    }
    console.accept("      Regenerating: " + batch.changes().size() + " file(s) changed at "
        + LocalDateTime.now().format(TIME));
    batch.changes().stream().limit(10)
        .forEach(c -> console.accept("                    " + c.path()));
  }

  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
      thread.shutdownNow();
    }
  }
}

package io.jekyll4j.source;

import io.jekyll4j.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reading work collected in Jekyll's order, done on all cores, then applied in that order. Each
 * job reads one file on any thread (the file, its front matter, the page, document or static
 * file made of it) and hands back the step that adds the result to the site; the steps run one
 * after the other on the calling thread, in the order the jobs were added, each after the
 * warnings its job reported. A job that failed throws there, so a build reports the warnings
 * and the first error a one-file-at-a-time read reports, and adds the same items in the same
 * order.
 */
final class ReadBatch {
  /** The part of reading one file that may run on any thread; {@code reported} takes its warnings. */
  interface Job {
    Runnable read(Diagnostics reported);
  }

  private static final Runnable NOTHING = () -> { };

  private final List<Job> jobs = new ArrayList<>();

  /** Adds reading work. */
  void add(Job job) {
    jobs.add(job);
  }

  /** Adds a step that runs in order on the calling thread, after the steps of the jobs before it. */
  void then(Runnable step) {
    jobs.add(reported -> step);
  }

  /** A step that adds nothing. */
  static Runnable nothing() {
    return NOTHING;
  }

  /** Runs the jobs on all cores, then their steps in order; the batch is empty afterwards. */
  void run(Diagnostics diagnostics) {
    List<Job> todo = List.copyOf(jobs);
    jobs.clear();
    List<Outcome> done = todo.size() == 1
        ? List.of(Outcome.of(todo.get(0)))
        : IntStream.range(0, todo.size()).parallel().mapToObj(i -> Outcome.of(todo.get(i))).toList();
    for (Outcome o : done) o.replay(diagnostics);
  }

  /** What one job gave: its step, the warnings it reported, or what it threw. */
  private record Outcome(Runnable step, Diagnostics reported, Throwable failure) {
    static Outcome of(Job job) {
      Diagnostics reported = new Diagnostics();
      try {
        return new Outcome(job.read(reported), reported, null);
      } catch (RuntimeException | Error e) {
        return new Outcome(null, reported, e);
      }
    }

    void replay(Diagnostics diagnostics) {
      reported.warnings().forEach(diagnostics::warn);
      if (failure instanceof RuntimeException e) throw e;
      if (failure instanceof Error e) throw e;
      step.run();
    }
  }
}

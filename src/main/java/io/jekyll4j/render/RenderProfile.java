package io.jekyll4j.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code --profile}: Liquid render count, output bytes and time per template file, printed as
 * Jekyll's profiler table. Thread-safe; items render in parallel.
 */
public final class RenderProfile {
  private final Map<String, Stats> stats = new ConcurrentHashMap<>();

  private static final class Stats {
    final LongAdder count = new LongAdder();
    final LongAdder bytes = new LongAdder();
    final LongAdder nanos = new LongAdder();
  }

  public void record(String file, int bytes, long nanos) {
    Stats s = stats.computeIfAbsent(file, k -> new Stats());
    s.count.increment();
    s.bytes.add(bytes);
    s.nanos.add(nanos);
  }

  /** The table, slowest first, as Jekyll's LiquidRenderer::Table prints it. */
  public String table() {
    List<Map.Entry<String, Stats>> rows = new ArrayList<>(stats.entrySet());
    rows.sort((a, b) -> Long.compare(b.getValue().nanos.sum(), a.getValue().nanos.sum()));
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-50s | %5s | %9s | %6s%n", "Filename", "Count", "Bytes", "Time"));
    sb.append("-".repeat(51)).append("+-------+-----------+-------\n");
    for (Map.Entry<String, Stats> r : rows.subList(0, Math.min(rows.size(), 50))) {
      Stats s = r.getValue();
      sb.append(
          String.format(
              "%-50s | %5d | %8.2fK | %6.3f%n",
              r.getKey(), s.count.sum(), s.bytes.sum() / 1024.0, s.nanos.sum() / 1e9));
    }
    return sb.toString();
  }
}

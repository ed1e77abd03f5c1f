package io.jekyll4j.highlight;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: a small timing of lexing speed. Highlights 1,000 code blocks (the snippets,
 * cycled) as fenced blocks, several rounds, and prints wall and CPU time per round; round 1
 * includes building each language's rule table on first use.
 *
 * <pre>java -cp target/classes:target/test-classes io.jekyll4j.highlight.HighlightBench [DIR]</pre>
 */
public final class HighlightBench {
  private HighlightBench() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/highlight/snippets");
    List<String[]> blocks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".html") && !name.endsWith(".rouge")) {
          String code = Files.readString(f, StandardCharsets.UTF_8);
          blocks.add(new String[] {f.getParent().getFileName().toString(), code});
        }
      }
    }
    long start = System.nanoTime();
    Highlighter highlighter = new Highlighter();
    highlighter.highlight("x", "ruby");
    System.out.printf("first highlight (registry plus the Ruby rule table built) in %.1f ms%n", (System.nanoTime() - start) / 1e6);
    for (int round = 1; round <= 8; round++) {
      long chars = 0;
      long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int i = 0; i < 1000; i++) {
        String[] b = blocks.get(i % blocks.size());
        chars += highlighter.fencedBlock(b[1], b[0]).length();
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      double cpuMs =
          (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0)
              / 1e6;
      System.out.printf(
          "round %d: 1000 blocks (%d source files cycled) in %.1f ms wall, %.1f ms CPU (%d chars"
              + " out)%n",
          round, blocks.size(), ms, cpuMs, chars);
    }
  }
}

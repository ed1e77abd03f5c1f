package io.jekyll4j.convert;

import io.jekyll4j.highlight.Highlighter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the kramdown converter's warm throughput (not a JUnit test): the Markdown corpus
 * pages, the post bodies of a generated blog, and one large document made of those posts, each
 * converted N times after a warm-up, printed in MB/s of UTF-8 input, by wall-clock time and by
 * the converting thread's CPU time per round (median and best: the steadier figures on a shared
 * machine).
 *
 * <p>Usage: {@code KramdownThroughput POSTS_DIR [ROUNDS [DUMP_FILE]]} (with DUMP_FILE, writes all
 * outputs there instead of timing) where POSTS_DIR is a gensite blog's
 * {@code _posts} folder; run from the repository root (the corpus is read from
 * {@code src/test/resources/markdown/corpus}).
 */
public final class KramdownThroughput {
  private static final Path CORPUS = Path.of("src/test/resources/markdown/corpus");
  private static final int BIG_DOCUMENT_BYTES = 300_000;

  private KramdownThroughput() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: KramdownThroughput POSTS_DIR [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    KramdownConverter converter = new KramdownConverter(Map.of(), new Highlighter());
    List<String> corpus = read(CORPUS, "---\n---\n");
    List<String> posts = postBodies(Path.of(args[0]));
    List<String> big = List.of(bigDocument(posts));
    if (args.length > 2) {
      dump(converter, Path.of(args[2]), corpus, posts, big);
      return;
    }

    measure("warm-up", converter, posts, 1);
    measure("corpus pages", converter, corpus, rounds * 20);
    measure("blog posts", converter, posts, rounds);
    measure("one 300 KB document", converter, big, rounds);
  }

  private static void measure(String label, KramdownConverter converter, List<String> docs, int rounds) {
    long bytes = 0;
    for (String d : docs) bytes += d.getBytes(StandardCharsets.UTF_8).length;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    double[] cpu = new double[rounds];
    double wall = 0;
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      for (String d : docs) sink += converter.convert(d).length();
      cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      wall += (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(cpu);
    double mb = bytes / 1e6;
    System.out.printf("%-20s %5d docs %7.3f MB x %3d: wall %7.2f MB/s; cpu per round: median %7.2f MB/s,"
        + " best %7.2f MB/s, best %7.1f us/doc (out %d)%n", label, docs.size(), mb, rounds, mb * rounds / wall,
        mb / cpu[rounds / 2], mb / cpu[0], cpu[0] * 1e6 / docs.size(), sink);
  }

  /** Writes every output to one file, to check that a change leaves the HTML unchanged. */
  private static void dump(KramdownConverter converter, Path out, List<String> corpus, List<String> posts,
      List<String> big) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (List<String> docs : List.of(corpus, posts, big)) {
      for (String d : docs) sb.append(converter.convert(d)).append("\n\u0000\n");
    }
    Files.writeString(out, sb, StandardCharsets.UTF_8);
  }

  private static List<String> read(Path dir, String prefix) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path p : list(dir)) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      out.add(text.startsWith(prefix) ? text.substring(prefix.length()) : text);
    }
    return out;
  }

  private static List<String> postBodies(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path p : list(dir)) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (text.startsWith("---\n")) {
        int end = text.indexOf("\n---\n", 3);
        if (end >= 0) text = text.substring(end + "\n---\n".length());
      }
      out.add(text);
    }
    return out;
  }

  private static String bigDocument(List<String> posts) {
    StringBuilder sb = new StringBuilder();
    for (String p : posts) {
      if (sb.length() >= BIG_DOCUMENT_BYTES) break;
      sb.append(p).append("\n\n");
    }
    return sb.toString();
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}

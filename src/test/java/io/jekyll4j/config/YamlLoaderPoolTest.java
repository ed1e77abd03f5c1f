package io.jekyll4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jekyll4j.diag.BuildException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * SnakeYAML loaders are shared between threads through a pool: the one the warm-up thread makes
 * serves the main thread's config, a loader that failed half-way is never reused, and threads
 * that load at once each get their own.
 */
class YamlLoaderPoolTest {
  private static final String NESTED = "a:\n  b: [1, 2]\n# a comment sends this past the simple reader\n";

  @Test
  void theWarmUpsLoaderServesTheNextThread() throws Exception {
    Thread warm = new Thread(() -> Yaml.warmUp("w:\n  x: 1\n"));
    YamlWarmUp.announce();
    warm.start();
    warm.join();
    int made = Yaml.loadersMade();
    Object[] loaded = new Object[1];
    Thread other = new Thread(() -> loaded[0] = Yaml.loadWithSnakeYaml(NESTED, "t.yml", 0));
    other.start();
    other.join();
    assertEquals(Map.of("a", Map.of("b", List.of(1, 2))), loaded[0]);
    assertEquals(made, Yaml.loadersMade(), "a loader was idle: none is made");
  }

  @Test
  void aLoadThatComesBeforeTheWarmUpsLoaderWaitsForIt() throws Exception {
    YamlWarmUp.announce();
    int made = Yaml.loadersMade();
    Thread warm = afterPause(200, () -> Yaml.warmUp("w: [1]\n"));
    // every idle loader taken out first, so that only the coming one can serve
    Yaml.drainIdle();
    warm.start();
    assertEquals(Map.of("a", Map.of("b", List.of(1, 2))), Yaml.loadWithSnakeYaml(NESTED, "t.yml", 0));
    warm.join();
    assertEquals(made + 1, Yaml.loadersMade(), "only the warm-up's loader was made");
  }

  @Test
  void aLoadWaitingForTheWarmUpMakesItsOwnOnceNoneIsComing() throws Exception {
    YamlWarmUp.announce();
    Yaml.drainIdle();
    int made = Yaml.loadersMade();
    Thread warm = afterPause(100, YamlWarmUp::done);
    long start = System.nanoTime();
    warm.start();
    assertEquals(Map.of("a", Map.of("b", List.of(1, 2))), Yaml.loadWithSnakeYaml(NESTED, "t.yml", 0));
    warm.join();
    assertEquals(made + 1, Yaml.loadersMade());
    org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 1_500_000_000L,
        "the load went on when told, not after its two-second wait");
  }

  @Test
  void aConfigTheSimpleReaderTakesNeedsNoSnakeYamlWarmUp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    java.nio.file.Path simple = java.nio.file.Files.writeString(tmp.resolve("a.yml"), "title: T\nkramdown:\n  input: GFM\n");
    java.nio.file.Path nested = java.nio.file.Files.writeString(tmp.resolve("b.yml"), "title: T # a comment\n");
    org.junit.jupiter.api.Assertions.assertTrue(Yaml.readsWithoutSnakeYaml(simple));
    org.junit.jupiter.api.Assertions.assertFalse(Yaml.readsWithoutSnakeYaml(nested));
    org.junit.jupiter.api.Assertions.assertFalse(Yaml.readsWithoutSnakeYaml(tmp.resolve("missing.yml")));
  }

  @Test
  void aFailedLoadDoesNotPoisonTheNextOne() {
    assertThrows(BuildException.class, () -> Yaml.loadWithSnakeYaml("a: [1, 2\nb: {", "bad.yml", 0));
    assertEquals(Map.of("a", Map.of("b", List.of(1, 2))), Yaml.loadWithSnakeYaml(NESTED, "t.yml", 0));
  }

  @Test
  void threadsThatLoadAtOnceGetTheirOwnLoaders() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        results.add(pool.submit(() -> Yaml.loadWithSnakeYaml("k:\n  v: " + n + "\n# c\n", "t" + n + ".yml", 0)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(Map.of("k", Map.of("v", i)), results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A thread (not started) that runs {@code task} after {@code millis}, as a warm-up that comes late. */
  private static Thread afterPause(long millis, Runnable task) {
    return new Thread(() -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      task.run();
    });
  }
}

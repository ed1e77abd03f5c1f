package io.jekyll4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Parallel rendering gives exactly what Jekyll's one-after-the-other order gives. */
class OrderedRenderTest {
  private static List<Page> pages(int n) {
    List<Page> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(new Page("p" + i + ".md", Map.of(), "raw" + i, 1));
    return out;
  }

  /** Each item reads its neighbours' content, then stores its own. */
  private static Map<Integer, String> run(int threads) {
    List<Page> items = pages(300);
    OrderedRender order = new OrderedRender(items);
    Map<Integer, String> seen = new ConcurrentHashMap<>();
    order.run(
        item -> {
          int i = items.indexOf(item);
          String before = i > 0 ? order.content(items.get(i - 1)) : "";
          String after = i + 1 < items.size() ? order.content(items.get(i + 1)) : "";
          String out = i > 0 ? order.output(items.get(i - 1)) : "none";
          seen.put(i, before + "|" + after + "|" + out);
          item.setContent("converted" + i);
          item.setOutput("out" + i);
        },
        threads);
    return seen;
  }

  @Test
  void earlierItemsAreSeenRenderedAndLaterOnesRaw() {
    Map<Integer, String> seen = run(1);
    assertThat(seen.get(5)).isEqualTo("converted4|raw6|out4");
    assertThat(seen.get(0)).isEqualTo("|raw1|none");
  }

  @Test
  void parallelRunsMatchTheSequentialRun() {
    Map<Integer, String> sequential = run(1);
    for (int round = 0; round < 10; round++) {
      assertThat(run(4)).isEqualTo(sequential);
    }
  }

  /** The same reads as {@link #run}, with some items rendered ahead of their turn first. */
  private static Map<Integer, String> runWithItemsAhead(int threads, List<Integer> ahead) {
    List<Page> items = pages(300);
    OrderedRender order = new OrderedRender(items);
    Map<Integer, String> seen = new ConcurrentHashMap<>();
    java.util.function.Consumer<Convertible> render = item -> {
      int i = items.indexOf(item);
      String before = i > 0 ? order.content(items.get(i - 1)) : "";
      String after = i + 1 < items.size() ? order.content(items.get(i + 1)) : "";
      String out = i > 0 ? order.output(items.get(i - 1)) : "none";
      seen.put(i, before + "|" + after + "|" + out);
      item.setContent("converted" + i);
      item.setOutput("out" + i);
    };
    for (int i : ahead) order.renderNow(items.get(i), render);
    order.run(render, threads);
    return seen;
  }

  @Test
  void anItemRenderedAheadOfItsTurnSeesWhatItWouldInOrder() {
    Map<Integer, String> sequential = run(1);
    // item 250 reads 249, which is rendered first (nested), which reads 248, and so on
    assertThat(runWithItemsAhead(1, List.of(250))).isEqualTo(sequential);
    assertThat(runWithItemsAhead(4, List.of(299, 3, 150))).isEqualTo(sequential);
    List<Integer> all = new ArrayList<>();
    for (int i = 299; i >= 0; i--) all.add(i);
    assertThat(runWithItemsAhead(2, all)).isEqualTo(sequential);
  }

  @Test
  void itemsTakenAheadWhileThePoolRendersGiveTheSequentialResult() throws Exception {
    Map<Integer, String> sequential = run(1);
    for (int round = 0; round < 10; round++) {
      List<Page> items = pages(300);
      OrderedRender order = new OrderedRender(items);
      Map<Integer, String> seen = new ConcurrentHashMap<>();
      java.util.function.Consumer<Convertible> render = item -> {
        int i = items.indexOf(item);
        String before = i > 0 ? order.content(items.get(i - 1)) : "";
        String after = i + 1 < items.size() ? order.content(items.get(i + 1)) : "";
        String out = i > 0 ? order.output(items.get(i - 1)) : "none";
        seen.put(i, before + "|" + after + "|" + out);
        item.setContent("converted" + i);
        item.setOutput("out" + i);
      };
      Thread pool = new Thread(() -> order.run(render, 3));
      pool.start();
      java.util.Random random = new java.util.Random(round);
      for (int k = 0; k < 20; k++) {
        Page item = items.get(random.nextInt(items.size()));
        order.renderNow(item, render);
        assertThat(item.output()).isEqualTo("out" + items.indexOf(item));
      }
      pool.join(30_000);
      assertThat(pool.isAlive()).as("render finished").isFalse();
      assertThat(seen).isEqualTo(sequential);
    }
  }

  @Test
  void anItemTakenAheadThrowsItsErrorAndTheRunThrowsItToo() {
    List<Page> items = pages(20);
    OrderedRender order = new OrderedRender(items);
    java.util.function.Consumer<Convertible> render = item -> {
      if (items.indexOf(item) == 12) throw new IllegalStateException("boom 12");
      item.setOutput("ok");
    };
    assertThatThrownBy(() -> order.renderNow(items.get(12), render)).hasMessageContaining("boom 12");
    assertThatThrownBy(() -> order.run(render, 2)).hasMessageContaining("boom 12");
    assertThat(items.get(19).output()).isEqualTo("ok");
  }

  @Test
  void anErrorIsRethrownAndNothingHangs() {
    List<Page> items = pages(50);
    OrderedRender order = new OrderedRender(items);
    assertThatThrownBy(
            () ->
                order.run(
                    (Convertible item) -> {
                      int i = items.indexOf(item);
                      if (i == 10) throw new IllegalStateException("boom " + i);
                      if (i > 0) order.content(items.get(i - 1));
                    },
                    3))
        .hasMessageContaining("boom 10");
  }
}

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

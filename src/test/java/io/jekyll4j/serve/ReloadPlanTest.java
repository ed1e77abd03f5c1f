package io.jekyll4j.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReloadPlanTest {
  @Test
  void everyUrlOfOnePageHasTheSameKey() {
    assertThat(java.util.stream.Stream.of(ReloadPlan.pageKey("/a/"), ReloadPlan.pageKey("/a/index.html"),
        ReloadPlan.pageKey("/a.html"), ReloadPlan.pageKey("/a"), ReloadPlan.pageKey("/a/?x#y")).distinct())
        .containsExactly("/a");
    assertThat(ReloadPlan.pageKey("/")).isEqualTo(ReloadPlan.pageKey("/index.html"));
  }

  @Test
  void outputsAreSplitIntoPagesStylesheetsAndAssets() {
    ReloadPlan plan = ReloadPlan.of(
        Set.of("about/index.html", "assets/main.css", "assets/main.css.map", "img/logo.png"),
        "/base");
    assertThat(plan.pages()).containsEntry("/base/about", "/base/about/index.html").hasSize(1);
    assertThat(plan.stylesheets()).containsExactly("/base/assets/main.css");
    assertThat(plan.assets()).containsExactly("/base/img/logo.png");
  }

  @Test
  void nothingChangedIsAnEmptyPlan() {
    assertThat(ReloadPlan.of(Set.of(), "").isEmpty()).isTrue();
  }
}

package io.jekyll4j.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
  @Test
  void blankLinesAfterTheClosingFenceAreNotPartOfTheBody() {
    FrontMatterSplitter.Split s = FrontMatterSplitter.split("---\ntitle: A\n---\n\nBody\n").orElseThrow();
    assertThat(s.body()).isEqualTo("Body\n");
  }

  @Test
  void aCrlfFileLosesItsBlankLinesAfterTheFenceLikeAnLfFile() {
    FrontMatterSplitter.Split s =
        FrontMatterSplitter.split("---\r\ntitle: A\r\n---\r\n\r\nBody\r\n").orElseThrow();
    assertThat(s.yaml()).isEqualTo("title: A\r\n");
    assertThat(s.body()).isEqualTo("Body\r\n");
    assertThat(s.bodyLine()).isEqualTo(5);
  }

  @Test
  void aCarriageReturnAloneDoesNotEndAFenceLine() {
    assertThat(FrontMatterSplitter.split("---\rtitle: A\r---\rBody")).isEmpty();
  }
}

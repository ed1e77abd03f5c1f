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

  @Test
  void theSplitIsTheRegexsForRandomTexts() {
    java.util.Random random = new java.util.Random(16);
    String[] pieces = {"-", "---", "...", ".", " ", "\t", "\n", "\n", "\r", "\f", "\u000B", "x", "a: b", "\u00e9", "#", "\n---", "\n...", "\n---\n", " \n"};
    int split = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "" : "---");
      int n = random.nextInt(14);
      for (int j = 0; j < n; j++) b.append(pieces[random.nextInt(pieces.length)]);
      String text = b.toString();
      var expected = FrontMatterSplitter.splitByRegex(text);
      assertThat(FrontMatterSplitter.split(text)).as("%s", text.replace("\n", "\\n")).isEqualTo(expected);
      if (expected.isPresent()) split++;
    }
    assertThat(split).isGreaterThan(20_000);
  }
}

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
      var expected = splitByRegex(text);
      assertThat(FrontMatterSplitter.split(text)).as("%s", text.replace("\n", "\\n")).isEqualTo(expected);
      if (expected.isPresent()) split++;
    }
    assertThat(split).isGreaterThan(20_000);
  }

  // Jekyll's regex, which the splitter follows without running it. UNIX_LINES: like Ruby, only \n ends a
  // line for ^ and $ (so a CRLF file loses its blank lines after the fence too).
  private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile(
      "\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)",
      java.util.regex.Pattern.MULTILINE | java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.UNIX_LINES);

  private static java.util.Optional<FrontMatterSplitter.Split> splitByRegex(String text) {
    java.util.regex.Matcher m = BLOCK.matcher(text);
    if (!m.find()) return java.util.Optional.empty();
    String block = m.group(1);
    String yaml = block.substring(block.indexOf('\n') + 1);
    String body = text.substring(m.end());
    int line = 1;
    for (int i = 0; i < m.end(); i++) if (text.charAt(i) == '\n') line++;
    return java.util.Optional.of(new FrontMatterSplitter.Split(yaml, body, line));
  }
}

package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.highlight.Highlighter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that made the kramdown converter quadratic or overflow the stack: each must convert
 * (into what kramdown makes of it) well within the generous timeout. Correctness tests with a
 * time limit, not timing assertions.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KramdownPathologicalInputTest {
  private final KramdownConverter kramdown = new KramdownConverter(Map.of(), new Highlighter());

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) n++;
    return n;
  }

  @Test
  void twentyThousandOpeningBracketsStayText() {
    String brackets = "[".repeat(20_000);
    assertThat(kramdown.convert(brackets + "\n")).isEqualTo("<p>" + brackets + "</p>\n");
  }

  @Test
  void twentyThousandOpeningBracketsBetweenWordsStayText() {
    String html = kramdown.convert("[a ".repeat(20_000) + "\n");
    assertThat(count(html, "[a")).isEqualTo(20_000);
    assertThat(html).doesNotContain("<a ");
  }

  @Test
  void aLineOfTwentyThousandAsterisksIsAHorizontalRule() {
    assertThat(kramdown.convert("*".repeat(20_000) + "\n")).isEqualTo("<hr />\n");
  }

  @Test
  void twentyThousandUnclosedEmphasisMarkersStayText() {
    String afterSpace = kramdown.convert("a *b ".repeat(20_000) + "\n");
    assertThat(afterSpace).doesNotContain("<em>");
    assertThat(count(afterSpace, "*")).isEqualTo(20_000);
    String lineStarts = kramdown.convert("*b\n".repeat(20_000));
    assertThat(lineStarts).doesNotContain("<em>");
    assertThat(count(lineStarts, "*")).isEqualTo(20_000);
  }

  @Test
  void aOneMegabyteLineIsOneParagraph() {
    String sentence = "Lorem ipsum *dolor* sit `amet` [consectetur](https://example.com/) elit. ";
    int times = 1_000_000 / sentence.length();
    String html = kramdown.convert(sentence.repeat(times) + "\n");
    assertThat(html).startsWith("<p>Lorem ipsum <em>dolor</em>").endsWith("elit.</p>\n");
    assertThat(count(html, "<em>")).isEqualTo(times);
    assertThat(count(html, "<code")).isEqualTo(times);
    assertThat(count(html, "<a href=\"https://example.com/\">")).isEqualTo(times);
  }

  @Test
  void fiveThousandListItemsMakeOneList() {
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < 5_000; i++) md.append("- item ").append(i).append(" with *emphasis*\n");
    String html = kramdown.convert(md.toString());
    assertThat(count(html, "<ul>")).isEqualTo(1);
    assertThat(count(html, "<li>")).isEqualTo(5_000);
    assertThat(html).contains("<li>item 4999 with <em>emphasis</em></li>");
  }

  @Test
  void tenThousandNestedSpanElementsDoNotOverflowTheStack() {
    String html = kramdown.convert("<span>".repeat(10_000) + "deep\n");
    assertThat(count(html, "<span>")).isEqualTo(10_000);
    assertThat(html).contains("deep");
  }

  @Test
  void fiveHundredNestedBlockQuotesNest() {
    String html = kramdown.convert(">".repeat(500) + " deep\n");
    assertThat(count(html, "<blockquote>")).isEqualTo(500);
    assertThat(count(html, "</blockquote>")).isEqualTo(500);
    assertThat(html).contains("<p>deep</p>");
  }
}

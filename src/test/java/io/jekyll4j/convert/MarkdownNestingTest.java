package io.jekyll4j.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jekyll4j.highlight.Highlighter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 17: a 4,000-deep block quote (8 KB) took over a minute (every level copied the HTML of
 * all the levels inside it), and a line of thousands of backticks backtracked quadratically in the
 * fence pattern. kramdown stops on such nesting with "stack level too deep"; so does jekyll4j,
 * with the line. Generous timeouts; the outcomes are what is asserted.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MarkdownNestingTest {
  private final KramdownConverter kramdown = new KramdownConverter(Map.of(), new Highlighter());

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) n++;
    return n;
  }

  @Test
  void fourThousandNestedBlockQuotesStopWithTheLine() {
    String md = "Intro\n\nmore\n\n" + "> ".repeat(4000) + "x\n";
    assertThatThrownBy(() -> kramdown.convert(md))
        .isInstanceOfSatisfying(NestingTooDeepException.class, e -> {
          assertThat(e.line()).isEqualTo(5);
          assertThat(e.getMessage()).contains("nested more than 1000 levels");
        });
  }

  @Test
  void fourThousandNestedListsStop() {
    assertThatThrownBy(() -> kramdown.convert("- ".repeat(4000) + "x\n"))
        .isInstanceOf(NestingTooDeepException.class);
  }

  @Test
  void nineHundredNestedBlockQuotesConvertAsKramdownDoes() {
    String html = kramdown.convert("> ".repeat(900) + "x\n");
    assertThat(count(html, "<blockquote>")).isEqualTo(900);
    assertThat(count(html, "</blockquote>")).isEqualTo(900);
    String innermost = " ".repeat(2 * 900) + "<p>x</p>\n";
    assertThat(html).contains("\n" + innermost);
    assertThat(html).endsWith("\n</blockquote>\n").startsWith("<blockquote>\n  <blockquote>\n");
  }

  @Test
  void nestedListsAndBlockHtmlKeepKramdownsIndentation() {
    assertThat(kramdown.convert("> a\n>\n> - b\n>   > c\n"))
        .isEqualTo("<blockquote>\n  <p>a</p>\n\n  <ul>\n    <li>b\n      <blockquote>\n"
            + "        <p>c</p>\n      </blockquote>\n    </li>\n  </ul>\n</blockquote>\n");
    assertThat(kramdown.convert("<div>\n<div markdown=\"1\">\n*x*\n</div>\n</div>\n"))
        .isEqualTo("<div>\n<div>\n    <p><em>x</em></p>\n  </div>\n</div>\n");
  }

  @Test
  void aLineOfSixteenThousandBackticksIsText() {
    String ticks = "`".repeat(16_000);
    assertThat(kramdown.convert(ticks + "x\n")).isEqualTo("<p>" + ticks + "x</p>\n");
  }

  @Test
  void aLongFenceStillClosesOnALaterLine() {
    assertThat(kramdown.convert("`````\ncode\n`````\n"))
        .contains("<pre class=\"highlight\"><code>code\n</code></pre>");
  }
}

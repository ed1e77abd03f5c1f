package io.jekyll4j.liquid.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scans that replaced {@code strip_html}'s and {@code normalize_whitespace}'s regular
 * expressions give what the expressions give, on texts made of the pieces that matter.
 */
class TextScansTest {
  private static final String[] PIECES = {
    "<", ">", "<p>", "</p>", "<script>", "</script>", "<script src=x>", "<style>", "</style>", "<!--", "-->",
    "<!-->", "<s", "cript", "tyle>", "a", "é", " ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0", "x y", "--",
  };

  private static String random(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) sb.append(PIECES[r.nextInt(PIECES.length)]);
    return sb.toString();
  }

  @Test
  void stripHtmlScansRemoveWhatTheExpressionsRemove() {
    Random r = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      String s = random(r);
      String blocks = RubyStrings.STRIP_HTML_BLOCKS.matcher(s).replaceAll("");
      assertThat(RubyStrings.stripBlocks(s)).as(s).isEqualTo(blocks);
      assertThat(RubyStrings.stripTags(blocks)).as(blocks).isEqualTo(RubyStrings.STRIP_HTML_TAGS.matcher(blocks).replaceAll(""));
    }
  }

  @Test
  void stripHtmlKeepsAnOpenerWithoutItsCloser() {
    assertThat(RubyStrings.stripBlocks("a<script>b<!-- c")).isEqualTo("a<script>b<!-- c");
    assertThat(RubyStrings.stripBlocks("a<!-->b-->c<style>x</style>d")).isEqualTo("acd");
    assertThat(RubyStrings.stripTags("a<b>c<d")).isEqualTo("ac<d");
  }

  @Test
  void whiteSpaceRunsBecomeOneSpaceAsTheExpressionMakesThem() {
    Random r = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String s = random(r);
      assertThat(TextFilters.collapseSpaces(s)).as(s).isEqualTo(TextFilters.SPACES.matcher(s).replaceAll(" "));
    }
  }

  @Test
  void monthAndDayNamesAreRubys() {
    java.time.ZonedDateTime t = java.time.ZonedDateTime.of(2014, 9, 7, 1, 2, 3, 0, java.time.ZoneOffset.UTC);
    assertThat(Strftime.format(t, "%a %A %b %h %B %^b %-d")).isEqualTo("Sun Sunday Sep Sep September SEP 7");
  }
}

package io.jekyll4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The fragment round trip; expected values are what Nokogiri (libxml2 2.9.14) writes. */
class HtmlFragmentTest {
  private static String roundTrip(String html) {
    return HtmlFragment.rewriteText(html, Set.of(), UnaryOperator.identity());
  }

  @Test
  void leftOpenElementsAreClosedAsLibxml2ClosesThemAndStrayEndTagsGo() {
    assertThat(roundTrip("<p>a <P>b\n<div><p>in div</div>\n</p> stray"))
        .isEqualTo("<p>a </p><p>b\n</p><div><p>in div</p></div>\n stray");
    assertThat(roundTrip("<select><option>a<option selected>b</select>"))
        .isEqualTo("<select><option>a</option>\n<option selected>b</option></select>");
  }

  @Test
  void blockElementsWhoseFirstOrLastChildIsAnElementGetLineBreaks() {
    assertThat(roundTrip("<ul><li>one<li>two</ul>")).isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    assertThat(roundTrip("<ul>\n  <li>one</li>\n</ul>")).isEqualTo("<ul>\n  <li>one</li>\n</ul>");
    // a single child, a p, an inline or unknown element: no line break
    assertThat(roundTrip("<div><p>x</p></div><span><b>1</b><b>2</b></span><x-a><p>1</p><p>2</p></x-a>"))
        .isEqualTo("<div><p>x</p></div><span><b>1</b><b>2</b></span><x-a><p>1</p>\n<p>2</p></x-a>");
  }

  @Test
  void aRewrittenTextNodeCountsAsTheElementsItNowHolds() {
    String linked = HtmlFragment.rewriteText("<li>one @a</li>", Set.of(),
        t -> t.replace("@a", "<a href=\"/a\">@a</a>"));
    assertThat(linked).isEqualTo("<li>one <a href=\"/a\">@a</a>\n</li>");
  }

  @Test
  void selfClosingElementsThatMayHaveContentGetAnEndTagAndVoidOnesNone() {
    assertThat(roundTrip("<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg><br/><x-e/>"))
        .isEqualTo("<svg viewbox=\"0 0 1 1\"><path d=\"M0\"></path></svg><br><x-e></x-e>");
  }

  @Test
  void scriptAndStyleKeepTheirTextAndIgnoredElementsAreNotRewritten() {
    String out = HtmlFragment.rewriteText("<script>a < b && @x</script><pre>@x</pre>@x", Set.of("pre"),
        t -> t.replace("@x", "X"));
    assertThat(out).isEqualTo("<script>a < b && @x</script><pre>@x</pre>X");
  }

  @Test
  void documentTagsAreDroppedAndALineStartingWithBodyMakesTheBodyTheFragment() {
    assertThat(roundTrip("<!DOCTYPE html>\n<html>\n<p>x</p></html>")).isEqualTo("\n\n<p>x</p>");
    assertThat(roundTrip("<p>a</p><head><title>t</title></head><body class=x>b</body>"))
        .isEqualTo("<p>a</p><title>t</title>b");
    assertThat(roundTrip("<html>\n<HEAD><meta charset=\"utf-8\"><title>T</title></HEAD>\n<BODY class=\"x\">\n"
        + "<p>Hello</p>\n</BODY>\n</html>\n"))
        .isEqualTo("<body>\n<meta charset=\"utf-8\">\n<title>T</title>\n\n<p>Hello</p>\n\n\n</body>");
    assertThat(roundTrip("<p>x</p>\n<body>y</body>")).isEqualTo("<body>\n<p>x</p>\ny</body>");
  }
}

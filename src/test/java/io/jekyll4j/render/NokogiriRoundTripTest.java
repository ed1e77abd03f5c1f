package io.jekyll4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NokogiriRoundTripTest {
  // expected values are what Nokogiri (libxml2 2.9.14) writes for the same input

  @Test
  void referencesInTextBecomeCharactersAndAmpersandLessAndGreaterAreEscaped() {
    assertThat(NokogiriRoundTrip.text("Caf&eacute; &hellip; &amp; &lt; &foo; &#169;&#x41; &quot;q&quot; a > b & c &amp d"))
        .isEqualTo("Café … &amp; &lt; &amp;foo; ©A \"q\" a &gt; b &amp; c &amp;amp d");
  }

  @Test
  void tagAndAttributeNamesAreLowerCasedAndValuesQuotedAsLibxml2QuotesThem() {
    assertThat(NokogiriRoundTrip.startTag("div", "<DIV CLASS=Big data-x='q\"q' data-y=\"it's\" Hidden e=''>"))
        .isEqualTo("<div class=\"Big\" data-x='q\"q' data-y=\"it's\" hidden e=\"\">");
    assertThat(NokogiriRoundTrip.startTag("input", "<input value=\"a>b<c\" title=\"a &amp; b\" />"))
        .isEqualTo("<input value=\"a&gt;b&lt;c\" title=\"a &amp; b\">");
    assertThat(NokogiriRoundTrip.startTag("br", "<br/>")).isEqualTo("<br>");
  }

  @Test
  void urlAttributesArePercentEncodedExceptUrlSafeCharacters() {
    String tag = NokogiriRoundTrip.startTag("a", "<a href=\"/x?a=1&amp;c=$d|e^f{g}h`i~k*l(m)n!o'p [q]\">");
    assertThat(tag).isEqualTo("<a href=\"/x?a=1&amp;c=%24d%7Ce%5Ef%7Bg%7Dh%60i~k*l(m)n!o'p%20%5Bq%5D\">");
  }

  @Test
  void leadingBlanksOfUrlsGoAndNonAsciiIsEncodedAsUtf8Bytes() {
    assertThat(NokogiriRoundTrip.startTag("img", "<img src=\" /caf&eacute;.png\" alt=\"&eacute;\">"))
        .isEqualTo("<img src=\"/caf%C3%A9.png\" alt=\"é\">");
  }

  @Test
  void onlyAnAnchorsNameIsAUrlAndOtherAttributesKeepTheirText() {
    assertThat(NokogiriRoundTrip.startTag("a", "<a name=\"n m\">")).isEqualTo("<a name=\"n%20m\">");
    assertThat(NokogiriRoundTrip.startTag("img", "<img data-src=\"/a b\">")).isEqualTo("<img data-src=\"/a b\">");
  }
}

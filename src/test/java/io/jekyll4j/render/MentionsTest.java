package io.jekyll4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {
  private final MentionLinker github = new MentionLinker("https://github.com");

  @Test
  void aMentionInTextBecomesAUserMentionLink() {
    assertThat(github.link("<p>Thanks @parkr!</p>"))
        .isEqualTo("<p>Thanks <a href=\"https://github.com/parkr\" class=\"user-mention\">@parkr</a>!</p>");
  }

  @Test
  void mentionsInCodePreLinksScriptsCommentsAndAttributesStayText() {
    String html = "<pre><code>@a</code></pre><code>@b</code><a href=\"/\">@c</a>"
        + "<script>x=\"@d\"</script><!-- @e --><img alt=\"@f\">";
    assertThat(github.link(html)).isEqualTo(html);
  }

  @Test
  void textAfterAnIgnoredElementIsLinkedAgain() {
    assertThat(github.link("<code>@a</code> @b")).contains(">@a</code> <a href=\"https://github.com/b\"");
  }

  @Test
  void emailsTrailingSlashesAndTheMentionWordsAreNotMentions() {
    String text = "me@example.com @path/ @mention @Mentioned @-x";
    assertThat(github.linkText(text)).isEqualTo(text);
  }

  @Test
  void trailingDotsAndHyphenatedNamesAreMentions() {
    assertThat(github.linkText("@dots... @octo-cat"))
        .isEqualTo("<a href=\"https://github.com/dots\" class=\"user-mention\">@dots</a>... "
            + "<a href=\"https://github.com/octo-cat\" class=\"user-mention\">@octo-cat</a>");
  }

  @Test
  void aBaseEndingInATildeGetsNoSlash() {
    assertThat(new MentionLinker("https://example.org/u~").linkText("@x")).contains("href=\"https://example.org/u~x\"");
  }
}

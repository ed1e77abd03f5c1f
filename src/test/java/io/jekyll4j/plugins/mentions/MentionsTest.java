package io.jekyll4j.plugins.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Views;
import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.HookContext;
import io.jekyll4j.plugin.PluginException;
import io.jekyll4j.render.HtmlFragment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MentionsTest {
  /** The hooks' context as the engine gives it, over this site config. */
  private static HookContext context(Map<String, Object> config) {
    ConfigView view = Views.config(new SiteConfig(config, List.of()));
    return new HookContext() {
      @Override
      public ConfigView config() {
        return view;
      }

      @Override
      public String rewriteHtmlText(String html, Set<String> ignored, UnaryOperator<String> rewrite) {
        return HtmlFragment.rewriteText(html, ignored, rewrite);
      }
    };
  }

  private final MentionLinker github = new MentionLinker("https://github.com", context(Map.of()));

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

  private static String hook(Map<String, Object> config, Map<String, Object> data, String ext, String output) {
    Views views = new Views(Path.of(""), item -> ext, d -> true);
    return Mentions.apply(views.page(new Page("p.md", data, "", 1)), output, context(config));
  }

  @Test
  void onlyTheBodyOfAFullPageIsLinked() {
    String out = hook(Map.of(), Map.of(), ".html", "<head><title>@t</title></head><body>\n@b</body>@after");
    assertThat(out).isEqualTo("<head><title>@t</title></head><body>\n"
        + "<a href=\"https://github.com/b\" class=\"user-mention\">@b</a></body>@after");
  }

  @Test
  void outputsThatAreNotHtmlAndPagesThatOptOutAreLeftAlone() {
    assertThat(hook(Map.of(), Map.of(), ".xml", "<x>@a</x>")).isEqualTo("<x>@a</x>");
    assertThat(hook(Map.of(), Map.of("jekyll-mentions", false), ".html", "<p>@a</p>")).isEqualTo("<p>@a</p>");
    assertThat(hook(Map.of(), Map.of("permalink", "/api/"), ".json", "@a")).contains("href=\"https://github.com/a\"");
  }

  @Test
  void thePagesSettingOverridesTheSitesAndAHashGivesItsBaseUrl() {
    Map<String, Object> site = Map.of("jekyll-mentions", "https://site.example");
    assertThat(hook(site, Map.of(), ".html", "@a")).contains("href=\"https://site.example/a\"");
    assertThat(hook(site, Map.of("jekyll-mentions", Map.of("base_url", "https://page.example")), ".html", "@a"))
        .contains("href=\"https://page.example/a\"");
  }

  @Test
  void aSettingThatIsNeitherStringNorHashStopsTheBuild() {
    PluginException e = catchThrowableOfType(
        () -> hook(Map.of("jekyll-mentions", false), Map.of(), ".html", "@a"), PluginException.class);
    assertThat(e.getMessage()).contains("has to either be a string or a hash. It's a FalseClass right now.");
  }
}

package io.jekyll4j.plugins.avatar;

import io.jekyll4j.liquid.tag.PluginTagSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.diag.BuildException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvatarTagTest {
  private static String render(String template, Map<String, Object> variables) {
    return new PluginTagSite(List.of("jekyll-avatar"), Map.of(), w -> { }).render(template, variables);
  }

  @Test
  void theServerNumberComesFromTheCrcOfTheOneXPath() {
    // real Jekyll: hubot at 40 is on avatars3, jekyll at 50 on avatars1, hubot at 24 on avatars0
    assertThat(render("{% avatar hubot %}", Map.of())).contains("src=\"https://avatars3.githubusercontent.com/hubot?v=3&s=40\"");
    assertThat(render("{% avatar @jekyll size=50 %}", Map.of())).contains("https://avatars1.githubusercontent.com/jekyll?v=3&s=200 4x\"");
    assertThat(render("{% avatar hubot size=24 %}", Map.of())).contains("avatars0.githubusercontent.com/hubot?v=3&s=72 3x");
  }

  @Test
  void smallSizesGetTheSmallClassAndTheSrcsetHasFourScales() {
    String out = render("{% avatar octocat size=20 %}", Map.of());
    assertThat(out).startsWith("<img class=\"avatar avatar-small\" alt=\"octocat\" width=\"20\" height=\"20\""
        + " data-proofer-ignore=\"true\" src=\"https://avatars0.githubusercontent.com/octocat?v=3&s=20\" srcset=\"")
        .endsWith(" 4x\" />");
    assertThat(out.split(", ")).hasSize(4);
  }

  @Test
  void aUserVariableIsLookedUpAndFallsBackToItsName() {
    assertThat(render("{% avatar user=page.who size=48 %}", Map.of("page", Map.of("who", "parkr"))))
        .contains("class=\"avatar\" alt=\"parkr\"");
    assertThat(render("{% avatar user=missing %}", Map.of())).contains("alt=\"missing\"");
  }

  @Test
  void lazyLoadingMovesTheUrlsToDataAttributes() {
    String out = render("{% avatar benbalter size=96 lazy=true %}", Map.of());
    assertThat(out).contains(" src=\"\" data-src=\"https://avatars3.githubusercontent.com/benbalter?v=3&s=96\" data-srcset=\"");
  }

  @Test
  void aSizeBeyondLongStillScales() {
    // real Jekyll: avatars0 and 199999999999999999998 at 2x
    assertThat(render("{% avatar x size=99999999999999999999 %}", Map.of()))
        .contains("class=\"avatar\"")
        .contains("https://avatars0.githubusercontent.com/x?v=3&s=199999999999999999998 2x");
  }

  @Test
  void theTagIsUnknownWhenTheSiteDoesNotListThePlugin() {
    BuildException e = catchThrowableOfType(
        () -> new PluginTagSite(List.of(), Map.of(), w -> { }).render("{% avatar hubot %}", Map.of()),
        BuildException.class);
    assertThat(e.getMessage()).contains("Unknown tag 'avatar'");
  }
}

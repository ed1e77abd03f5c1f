package io.jekyll4j.plugins.gist;

import io.jekyll4j.liquid.tag.PluginTagSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.diag.BuildException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GistTagTest {
  private final List<String> warnings = new ArrayList<>();

  private String render(Map<String, Object> config, String template, Map<String, Object> variables) {
    return new PluginTagSite(List.of("jekyll-gist"), config, warnings::add).render(template, variables);
  }

  @Test
  void offlineTheNoscriptPartIsTheLoggersTrueAndAWarningNamesTheGist() {
    String out = render(Map.of(), "{% gist parkr/c08ee0f2726fd0e3909d test.md %}", Map.of());
    assertThat(out).isEqualTo(
        "true<script src=\"https://gist.github.com/parkr/c08ee0f2726fd0e3909d.js?file=test.md\"> </script>");
    assertThat(warnings).singleElement().asString().contains("gist parkr/c08ee0f2726fd0e3909d could not be generated");
  }

  @Test
  void withNoscriptOffOnlyTheScriptIsWrittenAndNothingIsWarned() {
    String out = render(Map.of("gist", Map.of("noscript", false)), "{% gist 28949e1d5ee2273f9fd3 %}", Map.of());
    assertThat(out).isEqualTo("<script src=\"https://gist.github.com/28949e1d5ee2273f9fd3.js\"> </script>");
    assertThat(warnings).isEmpty();
  }

  @Test
  void argumentsNamingVariablesAreReplacedByTheirValues() {
    String out = render(Map.of("gist", Map.of("noscript", false)), "{% gist page.id page.file %}",
        Map.of("page", Map.of("id", "u/abc", "file", "a.rb")));
    assertThat(out).isEqualTo("<script src=\"https://gist.github.com/u/abc.js?file=a.rb\"> </script>");
  }

  @Test
  void anIdWithASlashTakesEverythingWhenSpacesAreRepeated() {
    String out = render(Map.of("gist", Map.of("noscript", false)), "{% gist u/x   f %}", Map.of());
    assertThat(out).isEqualTo("<script src=\"https://gist.github.com/u/x   f.js\"> </script>");
  }

  @Test
  void threeWordsWithoutASlashAreASyntaxError() {
    BuildException e = catchThrowableOfType(() -> render(Map.of(), "{% gist a b c %}", Map.of()), BuildException.class);
    assertThat(e.getMessage()).contains("Syntax error in tag 'gist'").contains("{% gist user/1234567 foo.js %}");
  }

  @Test
  void theTagIsUnknownWhenTheSiteDoesNotListThePlugin() {
    BuildException e = catchThrowableOfType(
        () -> new PluginTagSite(List.of(), Map.of(), w -> { }).render("{% gist abc %}", Map.of()),
        BuildException.class);
    assertThat(e.getMessage()).contains("Unknown tag 'gist'");
  }
}

package io.jekyll4j.liquid.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.liquid.IncludeSource;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import io.jekyll4j.liquid.drop.Drops;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** jekyll-include-cache's {@code include_cached} renders as {@code include} does, only with the plugin. */
class IncludeCachedTest {
  private static String render(List<String> plugins, String template) {
    IncludeSource files = new IncludeSource() {
      @Override
      public Optional<Found> include(String name) {
        return name.equals("card.html")
            ? Optional.of(new Found("_includes/card.html", "[{{ include.title }}]"))
            : Optional.empty();
      }

      @Override
      public Optional<Found> relative(String dir, String name) {
        return Optional.empty();
      }
    };
    LiquidEngine engine = new LiquidEngine(new LiquidSettings(false, false, "warn", ZoneOffset.UTC,
        files, s -> s, s -> s, (s, syntax) -> s, w -> { }, plugins));
    Site site = new Site(new SiteConfig(Map.of(), List.of()), ZonedDateTime.now(ZoneOffset.UTC),
        List.of(), Map.of(), List.of(), Map.of(), Map.of());
    return engine.render("index.html", template, 1, Map.of("site", new Drops(site, Map.of()).siteDrop()));
  }

  @Test
  void theCachedTagRendersTheIncludeWithItsParameters() {
    String out = render(List.of("jekyll-include-cache"),
        "{% include_cached card.html title=\"a\" %}{%- include_cached card.html title='b' -%}|");
    assertThat(out).isEqualTo("[a][b]|");
  }

  @Test
  void aMissingFileIsReportedAsTheIncludeTagReportsIt() {
    String cached = catchThrowableOfType(
        () -> render(List.of("jekyll-include-cache"), "{% include_cached nope.html %}"),
        BuildException.class).getMessage();
    String plain = catchThrowableOfType(
        () -> render(List.of("jekyll-include-cache"), "{% include nope.html %}"),
        BuildException.class).getMessage();
    assertThat(cached).isEqualTo(plain).contains("nope.html");
  }

  @Test
  void theTagIsUnknownWhenTheSiteDoesNotListThePlugin() {
    BuildException e = catchThrowableOfType(
        () -> render(List.of("jekyll-feed"), "x\n{% include_cached card.html %}"), BuildException.class);
    assertThat(e.getMessage()).contains("Unknown tag 'include_cached'");
  }
}

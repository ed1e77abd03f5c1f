package io.jekyll4j.plugins.feed;

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

class FeedMetaTagTest {
  private static String render(List<String> plugins, Map<String, Object> config) {
    IncludeSource none = new IncludeSource() {
      @Override
      public Optional<Found> include(String name) {
        return Optional.empty();
      }

      @Override
      public Optional<Found> relative(String dir, String name) {
        return Optional.empty();
      }
    };
    LiquidEngine engine = new LiquidEngine(new LiquidSettings(false, false, "warn", ZoneOffset.UTC,
        none, s -> s, s -> s, (s, syntax) -> s, w -> { }, plugins));
    Site site = new Site(new SiteConfig(config, List.of()), ZonedDateTime.now(ZoneOffset.UTC),
        List.of(), Map.of(), List.of(), Map.of(), Map.of());
    return engine.render("index.html", "{% feed_meta %}", 1,
        Map.of("site", new Drops(site, Map.of()).siteDrop()));
  }

  @Test
  void theLinkPointsAtTheConfiguredFeedPathUnderTheSiteUrlWithAnEscapedTitle() {
    String out = render(List.of("jekyll-feed"), Map.of("url", "https://example.org",
        "baseurl", "/blog", "name", "Tom's <site>", "feed", Map.of("path", "atom.xml")));
    assertThat(out).isEqualTo("<link type=\"application/atom+xml\" rel=\"alternate\""
        + " href=\"https://example.org/blog/atom.xml\" title=\"Tom&apos;s &lt;site&gt;\" />");
  }

  @Test
  void withoutATitleTheLinkHasNoTitleAttribute() {
    assertThat(render(List.of("jekyll-feed"), Map.of()))
        .isEqualTo("<link type=\"application/atom+xml\" rel=\"alternate\" href=\"/feed.xml\" />");
  }

  @Test
  void thePostsCollectionsPathServesWhenFeedPathIsUnset() {
    String out = render(List.of("jekyll-feed"), Map.of("feed",
        Map.of("collections", Map.of("posts", Map.of("path", "/news/atom.xml")))));
    assertThat(out).contains(" href=\"/news/atom.xml\"");
  }

  @Test
  void theTagIsUnknownWhenTheSiteDoesNotListThePlugin() {
    BuildException e = catchThrowableOfType(
        () -> render(List.of("jekyll-sitemap"), Map.of()), BuildException.class);
    assertThat(e.getMessage()).contains("Unknown tag 'feed_meta'");
  }
}

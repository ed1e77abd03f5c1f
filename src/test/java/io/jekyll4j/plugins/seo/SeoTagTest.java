package io.jekyll4j.plugins.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jekyll4j.liquid.IncludeSource;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeoTagTest {
  private static final IncludeSource NO_INCLUDES = new IncludeSource() {
    @Override
    public Optional<Found> include(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<Found> relative(String dir, String name) {
      return Optional.empty();
    }
  };

  private static LiquidEngine engine(List<String> plugins) {
    return new LiquidEngine(new LiquidSettings(false, false, "warn", ZoneOffset.UTC, NO_INCLUDES,
        s -> s.isEmpty() ? "" : "<p>" + s + "</p>\n", s -> s, (s, syntax) -> s, w -> { }, plugins));
  }

  private static String seo(String markup, Map<String, Object> page, Map<String, Object> site) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("page", page);
    vars.put("site", site);
    vars.put("jekyll", Map.of("version", "4.3.1"));
    return engine(List.of("jekyll-seo-tag")).render("x.html", markup, 1, vars);
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  private static String jsonLd(String out) {
    int start = out.indexOf("<script type=\"application/ld+json\">\n") + 36;
    return out.substring(start, out.indexOf("</script>"));
  }

  @Test
  void seoIsAnUnknownTagUnlessTheSiteListsThePlugin() {
    Throwable t = catchThrowable(() -> engine(List.of("jekyll-paginate")).render("x.html", "{% seo %}", 1, Map.of()));
    assertThat(t).hasMessageContaining("Unknown tag 'seo'");
  }

  @Test
  void aPageTitleIsFollowedByTheSiteTitleAndTheCanonicalUrlDropsIndexHtml() {
    String out = seo("{% seo %}", map("title", "About", "url", "/about/index.html"),
        map("title", "Site", "url", "https://x.org"));
    assertThat(out).startsWith("<!-- Begin Jekyll SEO tag v2.8.0 -->\n<title>About | Site</title>\n")
        .contains("<link rel=\"canonical\" href=\"https://x.org/about/\" />\n")
        .contains("<meta property=\"og:site_name\" content=\"Site\" />\n")
        .endsWith("</script>\n<!-- End Jekyll SEO tag -->\n");
  }

  @Test
  void titleFalseLeavesOutTheTitleElementOnly() {
    String out = seo("{% seo title=false %}", map("title", "About", "url", "/a.html"), map("title", "Site"));
    assertThat(out).doesNotContain("<title>").contains("<meta property=\"og:title\" content=\"About\" />");
  }

  @Test
  void theHomePageTitleIsTheSiteTitleAndTaglineAndItsTypeIsWebSite() {
    String out = seo("{% seo %}", map("url", "/"),
        map("title", "Site", "description", "About things", "tagline", "Tag & line"));
    assertThat(out).contains("<title>Site | Tag &amp; line</title>");
    assertThat(jsonLd(out)).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\","
        + "\"description\":\"About things\",\"headline\":\"Site\",\"name\":\"Site\",\"url\":\"/\"}");
  }

  @Test
  void anAuthorNamedInSiteDataTakesItsNameTwitterAndUrlFromThere() {
    Map<String, Object> site = map("data", map("authors",
        map("ben", map("name", "Ben B", "twitter", "@benb", "url", "https://b.example"))), "twitter", map("username", "site"));
    String out = seo("{% seo %}", map("url", "/p.html", "author", "ben"), site);
    assertThat(out).contains("<meta name=\"author\" content=\"Ben B\" />")
        .contains("<meta name=\"twitter:site\" content=\"@site\" />")
        .contains("<meta name=\"twitter:creator\" content=\"@benb\" />");
    assertThat(jsonLd(out)).contains("\"author\":{\"@type\":\"Person\",\"name\":\"Ben B\",\"url\":\"https://b.example\"}");
  }

  @Test
  void anImageHashKeepsItsKeysInOrderThenUrlAndTypeInJsonLd() {
    Map<String, Object> image = map("path", "/i.png", "width", 10, "alt", "Alt");
    String out = seo("{% seo %}", map("url", "/p.html", "image", image), map("url", "https://x.org"));
    assertThat(out).contains("<meta property=\"og:image\" content=\"https://x.org/i.png\" />\n"
        + "<meta property=\"og:image:width\" content=\"10\" />\n<meta property=\"og:image:alt\" content=\"Alt\" />\n")
        .contains("<meta name=\"twitter:card\" content=\"summary_large_image\" />");
    assertThat(jsonLd(out)).contains(
        "\"image\":{\"width\":10,\"alt\":\"Alt\",\"url\":\"https://x.org/i.png\",\"@type\":\"imageObject\"}");
  }

  @Test
  void pagesAfterTheFirstOfAPaginatorSayWhichPageTheyAre() {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("page", map("url", "/page2/", "title", "Blog"));
    vars.put("site", map("title", "Site"));
    vars.put("jekyll", Map.of("version", "4.3.1"));
    vars.put("paginator", map("page", 2L, "total_pages", 3L, "previous_page", 1L, "previous_page_path", "/",
        "next_page", 3L, "next_page_path", "/page3"));
    String out = engine(List.of("jekyll-seo-tag")).render("x.html", "{% seo %}", 1, vars);
    assertThat(out).contains("<title>Page 2 of 3 for Blog | Site</title>")
        .contains("<link rel=\"prev\" href=\"/\" />\n<link rel=\"next\" href=\"/page3\" />\n");
  }

  @Test
  void onlyTheExactWordsTitleFalseInAnyCaseTurnTheTitleOff() {
    Map<String, Object> page = map("title", "About", "url", "/a.html");
    assertThat(seo("{% seo TITLE=False %}", page, map())).doesNotContain("<title>");
    assertThat(seo("{% seo title = false %}", page, map())).contains("<title>About</title>");
  }

  @Test
  void aSeoTagInsideRawIsLeftAsWritten() {
    assertThat(seo("{% raw %}{% seo title = false %}{% endraw %}", map(), map())).isEqualTo("{% seo title = false %}");
  }

  @Test
  void aPaginatorMessageMayNameThePagesEitherWayRubysFormatReads() {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("page", map("url", "/page3/"));
    vars.put("site", map("title", "Site", "seo_paginator_message", "[%{current}/%<total>d] "));
    vars.put("jekyll", Map.of("version", "4.3.1"));
    vars.put("paginator", map("page", 3L, "total_pages", 4L));
    String out = engine(List.of("jekyll-seo-tag")).render("x.html", "{% seo %}", 1, vars);
    assertThat(out).contains("<title>[3/4] Site</title>");
  }
}

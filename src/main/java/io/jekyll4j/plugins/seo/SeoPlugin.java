package io.jekyll4j.plugins.seo;

import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.TagContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code jekyll-seo-tag} plugin ({@code plugins: [jekyll-seo-tag]}): {@code {% seo %}} (and
 * {@code {% seo title=false %}}), the block of title, meta, link and JSON-LD elements the gem
 * writes, one element a line.
 */
public final class SeoPlugin implements LiquidTag {
  private static final String VERSION = "2.8.0";

  /** {@code format_string} results of site-wide values, by their text (the same for every page). */
  private final Map<String, Optional<String>> siteFormatted = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "jekyll-seo-tag";
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public String tagName() {
    return "seo";
  }

  @Override
  public String render(String markup, TagContext context) {
    SeoFacts facts = new SeoFacts(map(context.get("page")), map(context.get("site")),
        context.get("paginator") instanceof Map<?, ?> p ? p : null, new SeoFilters(context), markup, siteFormatted);
    return render(facts, context);
  }

  private static Map<?, ?> map(Object v) {
    return v instanceof Map<?, ?> m ? m : Map.of();
  }

  private static String render(SeoFacts facts, TagContext context) {
    Lines out = new Lines();
    Map<?, ?> page = facts.page();
    Map<?, ?> site = facts.site();
    out.add("<!-- Begin Jekyll SEO tag v" + VERSION + " -->");
    if (facts.writesTitle()) out.add("<title>" + facts.title().orElseThrow() + "</title>");
    out.add("<meta name=\"generator\" content=\"Jekyll v" + facts.filters().toS(SeoFacts.at(context.get("jekyll"), "version")) + "\" />");
    Optional<String> pageTitle = facts.pageTitle();
    pageTitle.ifPresent(t -> out.meta("property", "og:title", t));
    SeoAuthor author = facts.author();
    author.name().filter(SeoFacts::truthy).ifPresent(n -> out.meta("name", "author", facts.filters().toS(n)));
    out.meta("property", "og:locale", facts.locale());
    facts.description().ifPresent(d -> {
      out.meta("name", "description", d);
      out.meta("property", "og:description", d);
    });
    if (SeoFacts.truthy(site.get("url"))) {
      out.add("<link rel=\"canonical\" href=\"" + facts.canonicalUrl() + "\" />");
      out.meta("property", "og:url", facts.canonicalUrl());
    }
    facts.siteTitle().ifPresent(t -> out.meta("property", "og:site_name", t));
    Optional<SeoImage> image = facts.image();
    image.ifPresent(i -> {
      out.meta("property", "og:image", i.path());
      for (String k : new String[] {"height", "width", "alt"}) {
        if (SeoFacts.truthy(i.get(k))) out.meta("property", "og:image:" + k, facts.filters().toS(i.get(k)));
      }
    });
    if (SeoFacts.truthy(page.get("date"))) {
      out.meta("property", "og:type", "article");
      out.meta("property", "article:published_time", facts.filters().xmlschema(page.get("date")));
    } else {
      out.meta("property", "og:type", "website");
    }
    SeoPaging.links(facts, out);
    if (image.isPresent()) {
      Object card = facts.filters().call("default",
          facts.filters().call("default", SeoFacts.at(page.get("twitter"), "card"), SeoFacts.at(site.get("twitter"), "card")),
          "summary_large_image");
      out.meta("name", "twitter:card", facts.filters().toS(card));
      out.meta("property", "twitter:image", image.get().path());
    } else {
      out.meta("name", "twitter:card", "summary");
    }
    image.map(i -> i.get("alt")).filter(SeoFacts::truthy).ifPresent(a -> out.meta("name", "twitter:image:alt", facts.filters().toS(a)));
    pageTitle.ifPresent(t -> out.meta("property", "twitter:title", t));
    if (SeoFacts.truthy(site.get("twitter"))) {
      out.meta("name", "twitter:site", "@" + facts.filters().toS(SeoFacts.at(site.get("twitter"), "username")).replace("@", ""));
      author.twitter().ifPresent(t -> out.meta("name", "twitter:creator", "@" + t.replace("@", "")));
    }
    SeoVerifications.write(site, out, facts.filters());
    out.add("<script type=\"application/ld+json\">");
    out.add(facts.filters().jsonify(SeoJsonLd.of(facts)) + "</script>");
    out.add("<!-- End Jekyll SEO tag -->");
    return out.toString();
  }
}

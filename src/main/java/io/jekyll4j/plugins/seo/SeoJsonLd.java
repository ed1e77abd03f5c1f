package io.jekyll4j.plugins.seo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org JSON-LD object jekyll-seo-tag writes: its keys in sorted order, absent values
 * left out.
 */
final class SeoJsonLd {
  private static final Set<String> AUTHOR_TYPES = Set.of("Organization", "Person");
  private static final Set<String> ENTITY_TYPES = Set.of("BlogPosting", "CreativeWork");

  private SeoJsonLd() {}

  static Map<String, Object> of(SeoFacts facts) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@context", "https://schema.org");
    out.put("@type", facts.type());
    put(out, "author", author(facts.author()));
    put(out, "dateModified", facts.dateModified());
    put(out, "datePublished", facts.datePublished());
    put(out, "description", facts.description());
    put(out, "headline", facts.pageTitle());
    put(out, "image", facts.image().map(SeoImage::jsonLd));
    if (ENTITY_TYPES.contains(String.valueOf(facts.type()))) {
      Map<String, Object> main = new LinkedHashMap<>();
      main.put("@type", "WebPage");
      main.put("@id", facts.canonicalUrl());
      out.put("mainEntityOfPage", main);
    }
    put(out, "name", facts.name());
    put(out, "publisher", facts.logo().map(logo -> publisher(logo, facts.author())));
    put(out, "sameAs", facts.links());
    out.put("url", facts.canonicalUrl());
    return out;
  }

  private static void put(Map<String, Object> out, String key, Optional<?> value) {
    value.ifPresent(v -> out.put(key, v));
  }

  private static Optional<Object> author(SeoAuthor author) {
    Optional<Object> name = author.name().filter(SeoFacts::truthy);
    if (name.isEmpty()) return Optional.empty();
    Object type = author.get("type");
    if (SeoFacts.truthy(type) && !AUTHOR_TYPES.contains(String.valueOf(type))) return Optional.empty();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@type", SeoFacts.truthy(type) ? type : "Person");
    out.put("name", name.get());
    Object url = author.get("url");
    if (SeoFacts.truthy(url)) out.put("url", url);
    return Optional.of(out);
  }

  private static Object publisher(String logo, SeoAuthor author) {
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("@type", "ImageObject");
    image.put("url", logo);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@type", "Organization");
    out.put("logo", image);
    author.name().filter(SeoFacts::truthy).ifPresent(n -> out.put("name", n));
    return out;
  }
}

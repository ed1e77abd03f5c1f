package io.jekyll4j.content;

import io.jekyll4j.config.SiteConfig;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one build read: config, pages, collections' documents, static files, layouts and
 * data. The lists keep Jekyll's orders (pages by path, posts by date).
 */
public record Site(
    SiteConfig config,
    ZonedDateTime time,
    List<Page> pages,
    Map<String, List<Document>> collections,
    List<StaticFile> staticFiles,
    Map<String, Layout> layouts,
    Map<String, Object> data) {

  /** The posts, oldest first (Jekyll's internal order; {@code site.posts} is reversed). */
  public List<Document> posts() {
    return collections.getOrDefault("posts", List.of());
  }

  /** Every document of every collection, in collection order. */
  public List<Document> documents() {
    List<Document> all = new ArrayList<>();
    collections.values().forEach(all::addAll);
    return all;
  }

  /** The same site with these pages (a generator's result). */
  public Site withPages(List<Page> newPages) {
    return new Site(config, time, List.copyOf(newPages), collections, staticFiles, layouts, data);
  }

  /** Pages and documents, everything that renders. */
  public List<Convertible> convertibles() {
    List<Convertible> all = new ArrayList<Convertible>(documents());
    all.addAll(pages);
    return all;
  }

  public Map<String, Object> collectionSettings(String label) {
    return config.collection(label).orElse(new LinkedHashMap<>());
  }
}

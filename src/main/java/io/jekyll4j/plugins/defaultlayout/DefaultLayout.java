package io.jekyll4j.plugins.defaultlayout;

import io.jekyll4j.plugins.ghpages.GhPagesSite;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.url.Router;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jekyll-default-layout generator (0.1.5): a Markdown page or post whose front matter
 * (defaults included) has no {@code layout} gets {@code home} (the page at {@code /}), {@code
 * page} (pages), {@code post} (posts) or else {@code default}, the first the site has; with none
 * of them the layout is set to nothing.
 */
final class DefaultLayout {
  static final String PLUGIN = "jekyll-default-layout";

  private DefaultLayout() {}

  static Site generate(Site site, Router router) {
    List<Page> pages = new ArrayList<>();
    for (Page p : site.pages()) {
      pages.add(wants(site, p) ? (Page) withLayout(site, p, router) : p);
    }
    Map<String, List<Document>> collections = new LinkedHashMap<>(site.collections());
    List<Document> posts = new ArrayList<>();
    for (Document d : site.posts()) {
      posts.add(wants(site, d) ? (Document) withLayout(site, d, router) : d);
    }
    if (collections.containsKey("posts")) collections.put("posts", List.copyOf(posts));
    return GhPagesSite.with(site, pages, collections, site.staticFiles());
  }

  private static boolean wants(Site site, Convertible item) {
    return GhPagesSite.markdown(site.config(), item.extension()) && !item.data().containsKey("layout");
  }

  private static Convertible withLayout(Site site, Convertible item, Router router) {
    Map<String, Object> data = new LinkedHashMap<>(item.data());
    data.put("layout", layoutFor(site, item, router));
    return GhPagesSite.copy(item, data, item.body(), false);
  }

  private static String layoutFor(Site site, Convertible item, Router router) {
    Map<String, ?> layouts = site.layouts();
    if (router.url(item).equals("/") && layouts.containsKey("home")) return "home";
    if (item instanceof Page && layouts.containsKey("page")) return "page";
    if (item instanceof Document && layouts.containsKey("post")) return "post";
    return layouts.containsKey("default") ? "default" : null;
  }
}

package io.jekyll4j.plugins.defaultlayout;

import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.SiteView;
import io.jekyll4j.plugins.ghpages.GhPagesSite;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The jekyll-default-layout generator (0.1.5): a Markdown page or post whose front matter
 * (defaults included) has no {@code layout} gets {@code home} (the page at {@code /}), {@code
 * page} (pages), {@code post} (posts) or else {@code default}, the first the site has; with none
 * of them the layout is set to nothing.
 */
final class DefaultLayout {
  private DefaultLayout() {}

  static void generate(GenerateContext context) {
    SiteView site = context.site();
    for (PageView p : site.pages()) {
      if (wants(site, p)) withLayout(context, site, p);
    }
    for (DocumentView d : site.posts()) {
      if (wants(site, d)) withLayout(context, site, d);
    }
  }

  private static boolean wants(SiteView site, ItemView item) {
    return GhPagesSite.markdown(site.config(), item.extension()) && !item.data().containsKey("layout");
  }

  private static void withLayout(GenerateContext context, SiteView site, ItemView item) {
    Map<String, Object> data = new LinkedHashMap<>(item.data());
    data.put("layout", layoutFor(context, site.layouts(), item));
    context.update(item, data, item.body());
  }

  private static String layoutFor(GenerateContext context, Set<String> layouts, ItemView item) {
    if (context.urlOf(item).equals("/") && layouts.contains("home")) return "home";
    if (item instanceof PageView && layouts.contains("page")) return "page";
    if (item instanceof DocumentView && layouts.contains("post")) return "post";
    return layouts.contains("default") ? "default" : null;
  }
}

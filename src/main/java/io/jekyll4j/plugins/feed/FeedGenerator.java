package io.jekyll4j.plugins.feed;

import io.jekyll4j.build.PluginPage;
import io.jekyll4j.build.PluginTemplates;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The jekyll-feed generator (0.17): when the plugin is listed in {@code plugins}, an Atom feed
 * page ({@code /feed.xml} or {@code feed.path}) is added for the posts, plus one per configured
 * category ({@code /feed/CATEGORY.xml}), per extra collection ({@code feed.collections}) and per
 * tag ({@code feed.tags}). A feed is left out when the site's source already has a file at its
 * path. The pages' body is Liquid, so they render (and are tracked by {@code serve}) as any page.
 */
final class FeedGenerator {
  static final String PLUGIN = "jekyll-feed";
  private static final Pattern SIMPLE_TAG = Pattern.compile("[a-zA-Z0-9_]+");

  private final Site site;
  private final Path source;
  private final Map<String, Object> config;
  private final List<Page> added = new ArrayList<>();
  private String template;

  private FeedGenerator(Site site, Path source) {
    this.site = site;
    this.source = source;
    this.config = site.config().map("feed");
  }

  /** The site with its feed pages added (the same site when the plugin is not listed). */
  static Site generate(Site site, Path source, String environment) {
    FeedGenerator g = new FeedGenerator(site, source);
    if (truthy(g.config.get("disable_in_development")) && environment.equals("development")) return site;
    g.run();
    if (g.added.isEmpty()) return site;
    List<Page> pages = new ArrayList<>(site.pages());
    pages.addAll(g.added);
    return site.withPages(pages);
  }

  private void run() {
    for (Map.Entry<String, Map<String, Object>> e : collections().entrySet()) {
      String name = e.getKey();
      List<String> categories = new ArrayList<>(asSet(e.getValue().get("categories")));
      categories.add(null);
      for (String category : categories) {
        String path = pathOf(name, category, e.getValue());
        if (!existsInSource(path)) added.add(page(path, name, category, null));
      }
    }
    if (truthy(config.get("tags")) && !siteTags().isEmpty()) tagFeeds();
  }

  /** {@code feed.collections} (a list or a map of settings), with {@code posts} always there. */
  private Map<String, Map<String, Object>> collections() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Object configured = config.get("collections");
    if (configured instanceof List<?> l) {
      for (Object c : l) out.put(String.valueOf(c), new LinkedHashMap<>());
    } else if (configured instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), settings(v)));
    }
    Map<String, Object> posts = out.computeIfAbsent("posts", k -> new LinkedHashMap<>());
    if (posts.get("path") == null) posts.put("path", config.get("path"));
    if (posts.get("categories") == null) posts.put("categories", config.get("categories"));
    return out;
  }

  private static Map<String, Object> settings(Object v) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (v instanceof Map<?, ?> m) m.forEach((k, x) -> out.put(String.valueOf(k), x));
    return out;
  }

  /** jekyll-feed's {@code feed_path}. */
  private static String pathOf(String collection, String category, Map<String, Object> settings) {
    String prefix = collection.equals("posts") ? "/feed" : "/feed/" + collection;
    if (category != null) return prefix + "/" + category + ".xml";
    Object path = settings.get("path");
    return path != null ? String.valueOf(path) : prefix + ".xml";
  }

  private void tagFeeds() {
    Map<String, Object> tags = config.get("tags") instanceof Map<?, ?> m ? settings(m) : Map.of();
    List<String> pool = new ArrayList<>(tags.get("only") instanceof List<?> only
        ? only.stream().map(String::valueOf).toList() : List.copyOf(siteTags()));
    if (tags.get("except") instanceof List<?> except) except.forEach(x -> pool.remove(String.valueOf(x)));
    String dir = tags.get("path") != null ? String.valueOf(tags.get("path")) : "/feed/by_tag/";
    for (String tag : new LinkedHashSet<>(pool)) {
      if (!SIMPLE_TAG.matcher(tag).matches()) continue;
      String path = dir + tag + ".xml";
      if (!existsInSource(path)) added.add(page(path, "posts", null, tag));
    }
  }

  /** Jekyll's {@code site.tags} keys: in order of first use, oldest post first. */
  private Set<String> siteTags() {
    Set<String> out = new LinkedHashSet<>();
    for (Document d : site.posts()) out.addAll(d.tags());
    return out;
  }

  private Page page(String path, String collection, String category, String tag) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("layout", null);
    data.put("sitemap", false);
    data.put("xsl", existsInSource("feed.xslt.xml"));
    data.put("collection", collection);
    data.put("category", category);
    data.put("tags", tag);
    if (template == null) template = PluginTemplates.load("feed.xml", PluginTemplates.AFTER_TAG_OR_LIQUID);
    return PluginPage.of(site.config(), stripLeadingSlashes(path), data, template);
  }

  private boolean existsInSource(String path) {
    return Files.exists(source.resolve(stripLeadingSlashes(path)));
  }

  static String stripLeadingSlashes(String path) {
    String p = path;
    while (p.startsWith("/")) p = p.substring(1);
    return p;
  }

  private static Set<String> asSet(Object o) {
    Set<String> out = new LinkedHashSet<>();
    if (o instanceof List<?> l) l.forEach(x -> out.add(String.valueOf(x)));
    else if (o != null) out.add(String.valueOf(o));
    return out;
  }

  private static boolean truthy(Object o) {
    return o != null && !Boolean.FALSE.equals(o);
  }
}

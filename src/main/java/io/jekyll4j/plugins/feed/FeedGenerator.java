package io.jekyll4j.plugins.feed;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;
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
public final class FeedGenerator implements Generator {
  static final String PLUGIN = "jekyll-feed";
  private static final Pattern SIMPLE_TAG = Pattern.compile("[a-zA-Z0-9_]+");
  /** jekyll-feed drops every run of white space that follows a {@code >} or a {@code }}. */
  private static final Pattern MINIFY = Pattern.compile("(?<=[>}])\\s+");

  private GenerateContext ctx;
  private Path source;
  private Map<String, Object> config;
  private String template;

  @Override
  public String name() {
    return PLUGIN;
  }

  @Override
  public Priority priority() {
    return Priority.LOWEST;
  }

  /** The feeds render on every rebuild and record what they list. */
  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public synchronized void generate(GenerateContext context) {
    this.ctx = context;
    this.source = context.source();
    this.config = context.site().config().map("feed");
    if (truthy(config.get("disable_in_development")) && context.environment().equals("development")) return;
    run();
  }

  private void run() {
    for (Map.Entry<String, Map<String, Object>> e : collections().entrySet()) {
      String name = e.getKey();
      List<String> categories = new ArrayList<>(asSet(e.getValue().get("categories")));
      categories.add(null);
      for (String category : categories) {
        String path = pathOf(name, category, e.getValue());
        if (!existsInSource(path)) page(path, name, category, null);
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
      if (!existsInSource(path)) page(path, "posts", null, tag);
    }
  }

  /** Jekyll's {@code site.tags} keys: in order of first use, oldest post first. */
  private Set<String> siteTags() {
    return new LinkedHashSet<>(ctx.site().tags());
  }

  private void page(String path, String collection, String category, String tag) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("layout", null);
    data.put("sitemap", false);
    data.put("xsl", existsInSource("feed.xslt.xml"));
    data.put("collection", collection);
    data.put("category", category);
    data.put("tags", tag);
    if (template == null) template = MINIFY.matcher(bundled("feed.xml")).replaceAll("");
    ctx.addPage(stripLeadingSlashes(path), data, template);
  }

  private static String bundled(String name) {
    try (java.io.InputStream in = FeedGenerator.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing bundled template " + name);
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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

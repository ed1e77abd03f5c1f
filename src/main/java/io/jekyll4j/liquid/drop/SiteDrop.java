package io.jekyll4j.liquid.drop;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code site} as Liquid sees it: every config key plus Jekyll's computed listings ({@code
 * pages}, {@code posts} newest first, {@code categories}, {@code tags}, {@code data}, {@code
 * time}, each collection by label). Listings are computed on first use and shared by all pages.
 */
final class SiteDrop extends AbstractMap<String, Object> implements DropLike {
  private final Site site;
  private final Drops drops;
  private final Map<String, Object> extra;
  /** The document being rendered, for {@code site.related_posts}; empty for pages. */
  private final java.util.Optional<Document> current;

  SiteDrop(Site site, Drops drops, Map<String, Object> extra) {
    this(site, drops, extra, java.util.Optional.empty());
  }

  private SiteDrop(Site site, Drops drops, Map<String, Object> extra, java.util.Optional<Document> current) {
    this.site = site;
    this.drops = drops;
    this.extra = extra;
    this.current = current;
  }

  /** The same site seen while rendering {@code item} (Jekyll's {@code SiteDrop#current_document}). */
  SiteDrop renderingOf(Convertible item) {
    return item instanceof Document d ? new SiteDrop(site, drops, extra, java.util.Optional.of(d)) : this;
  }

  Site site() {
    return site;
  }

  @Override
  public boolean isDrop() {
    return true;
  }

  @Override
  public Object get(Object key) {
    String k = String.valueOf(key);
    drops.siteKeyRead(k);
    if (extra.containsKey(k)) return extra.get(k);
    // Jekyll's SiteDrop#[]: a collection's documents win over the drop's own keys (site.tags for a
    // collection named "tags"), except for posts.
    if (!k.equals("posts") && site.collections().containsKey(k)) {
      return drops.memo("collection:" + k, () -> drops.dropsOf(site.collections().get(k)));
    }
    switch (k) {
      case "time":
        return site.time();
      case "pages":
        return drops.memo("pages", () -> drops.dropsOf(site.pages()));
      case "html_pages":
        return drops.memo("html_pages", () -> drops.dropsOf(site.pages().stream().filter(drops::isHtmlPage).toList()));
      case "posts":
        return drops.memo("posts", () -> {
          List<Object> l = drops.dropsOf(site.posts());
          Collections.reverse(l);
          return l;
        });
      case "documents":
        return drops.memo("documents", this::documents);
      case "static_files":
        return drops.memo("static_files", () -> site.staticFiles().stream().map(drops::of).map(o -> (Object) o).toList());
      case "data":
        return site.data();
      case "categories":
        return drops.memo("categories", () -> grouped(true));
      case "tags":
        return drops.memo("tags", () -> grouped(false));
      case "collections":
        return drops.memo("collections", this::collections);
      case "related_posts":
        return current.map(this::relatedPosts).orElse(null);
      default:
        break;
    }
    Object value = site.config().raw().get(k);
    if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Convertible.class::isInstance)) {
      // pages a plugin put in the config (jekyll-archives' site.archives)
      return drops.memo("config:" + k, () -> drops.dropsOf(list.stream().map(Convertible.class::cast).toList()));
    }
    return value;
  }

  /**
   * Jekyll's {@code RelatedPosts} without LSI: the ten most recent posts other than {@code doc}
   * (taken from the eleven newest), newest first; empty when the site has at most one post.
   */
  private List<Object> relatedPosts(Document doc) {
    List<Document> posts = site.posts();
    if (posts.size() <= 1) return List.of();
    List<Object> out = new ArrayList<>();
    for (int i = posts.size() - 1; i >= Math.max(0, posts.size() - 11) && out.size() < 10; i--) {
      if (posts.get(i) != doc) out.add(drops.of(posts.get(i)));
    }
    return out;
  }

  private Map<String, Object> grouped(boolean categories) {
    Map<String, Object> out = new LinkedHashMap<>();
    // Jekyll's Site#post_attr_hash: keys in order of first use from the oldest post, each list newest first.
    for (Document d : site.posts()) {
      for (String c : categories ? d.categories() : d.tags()) {
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) out.computeIfAbsent(c, x -> new ArrayList<>());
        l.add(drops.of(d));
      }
    }
    out.values().forEach(l -> Collections.reverse((List<?>) l));
    return out;
  }

  /** Jekyll's {@code Site#documents}: each collection's documents, then its static files. */
  private List<Object> documents() {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, List<Document>> e : site.collections().entrySet()) {
      out.addAll(drops.dropsOf(e.getValue()));
      site.staticFiles().stream().filter(f -> f.collection().equals(e.getKey())).map(drops::of).forEach(out::add);
    }
    return out;
  }

  private List<Object> collections() {
    List<Object> out = new ArrayList<>();
    String source = String.valueOf(site.config().raw().getOrDefault("source", "."));
    String dir = site.config().string("collections_dir", "");
    for (String label : new java.util.TreeSet<>(site.collections().keySet())) {
      Map<String, Object> m = new DropMap(site.collectionSettings(label));
      m.put("label", label);
      m.put("docs", drops.memo("collection:" + label, () -> drops.dropsOf(site.collections().get(label))));
      m.put("files", site.staticFiles().stream().filter(f -> f.collection().equals(label)).map(drops::of).map(o -> (Object) o).toList());
      m.put("relative_directory", "_" + label);
      m.putIfAbsent("output", label.equals("posts"));
      m.put("directory", source + (dir.isEmpty() ? "" : "/" + dir) + "/_" + label);
      out.add(m);
    }
    return out;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> all = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>(site.config().raw().keySet());
    keys.addAll(List.of("time", "pages", "posts", "related_posts", "data", "html_pages", "static_files", "documents", "categories", "tags", "collections"));
    keys.addAll(site.collections().keySet());
    keys.addAll(extra.keySet());
    for (String k : keys) all.put(k, get(k));
    return all.entrySet();
  }
}

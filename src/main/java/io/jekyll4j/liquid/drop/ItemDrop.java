package io.jekyll4j.liquid.drop;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code page} / {@code post} as Liquid sees it: front matter plus Jekyll's computed attributes
 * ({@code url}, {@code content}, {@code path}, {@code dir}, {@code next}...). Values are read at
 * lookup time, so {@code content} shows whatever the render phase has produced so far.
 */
final class ItemDrop extends AbstractMap<String, Object> implements HasUrl, JsonView {
  private final Convertible item;
  private final Drops drops;
  /** The {@code page} variable of a page's own render: Jekyll's hash taken before it rendered. */
  private final boolean snapshot;
  /** What {@code rendered:PATH} reads of this item are told as (made on first read). */
  private String renderedKey;

  ItemDrop(Convertible item, Drops drops) {
    this(item, drops, false);
  }

  ItemDrop(Convertible item, Drops drops, boolean snapshot) {
    this.item = item;
    this.drops = drops;
    this.snapshot = snapshot;
  }

  @Override
  public String url() {
    return item.url();
  }

  @Override
  public Object get(Object key) {
    String k = String.valueOf(key);
    java.util.Optional<Map<String, Object>> own = ownAttributes();
    if (own.isPresent()) {
      return own.get().containsKey(k) ? asLiquid(own.get().get(k)) : item.data().get(k);
    }
    if (k.equals("content") || k.equals("output") || k.equals("excerpt")) {
      String read = renderedKey;
      if (read == null) renderedKey = read = "rendered:" + item.relativePath();
      drops.renderedRead(read);
    }
    switch (k) {
      case "content":
        // Renderer#run sets payload["page"] = page.to_liquid before the page renders: a Hash,
        // so the page's own `page.content` stays its raw source in its body and its layouts
        return snapshot ? item.body() : drops.view().content(item);
      case "output":
        return drops.view().output(item);
      case "url":
        return item.url();
      case "name":
        return item instanceof Document ? item.data().getOrDefault("name", item.name()) : item.name();
      case "path":
        return item.data().getOrDefault("path", relativePath(item));
      default:
        break;
    }
    if (item instanceof Page page) {
      if (k.equals("dir")) return dir(page);
    } else if (item instanceof Document doc) {
      switch (k) {
        case "relative_path":
          return doc.jekyllRelativePath();
        case "collection":
          return doc.collection();
        case "id":
          return id(doc);
        case "excerpt":
          return doc.excerpt() == null ? "" : doc.excerpt(); // Jekyll: excerpt.to_s
        case "next":
          Document n = drops.neighbour(doc, 1);
          return n == null ? null : drops.of(n);
        case "previous":
          Document p = drops.neighbour(doc, -1);
          return p == null ? null : drops.of(p);
        case "date":
          return doc.date();
        default:
          break;
      }
    }
    return item.data().get(k);
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null || item.data().containsKey(String.valueOf(key));
  }

  private java.util.Optional<Map<String, Object>> ownAttributes() {
    return item instanceof Page page ? page.liquidAttributes() : java.util.Optional.empty();
  }

  /** A plugin page's attribute as Liquid sees it: documents (alone or listed) as their drops. */
  private Object asLiquid(Object value) {
    if (value instanceof Convertible c) return drops.of(c);
    if (value instanceof java.util.List<?> list) {
      java.util.List<Object> out = new java.util.ArrayList<>(list.size());
      for (Object o : list) out.add(o instanceof Convertible c ? drops.of(c) : o);
      return out;
    }
    return value;
  }

  private static String dir(Page page) {
    String url = page.url();
    if (url == null) return page.sourceDir();
    if (url.endsWith("/")) return url;
    int slash = url.lastIndexOf('/');
    return slash <= 0 ? "/" : url.substring(0, slash + 1);
  }

  private static String relativePath(Convertible item) {
    return item instanceof Document d ? d.jekyllRelativePath() : item.relativePath();
  }

  /** Jekyll's {@code Document#id}: {@code File.join(File.dirname(url), slug)}. */
  private static String id(Document doc) {
    String url = doc.url() == null ? "/" : doc.url();
    while (url.length() > 1 && url.endsWith("/")) url = url.substring(0, url.length() - 1);
    int slash = url.lastIndexOf('/');
    String parent = slash <= 0 ? "/" : url.substring(0, slash);
    Object slug = doc.data().get("slug");
    String last = slug != null ? String.valueOf(slug) : doc.basename();
    return parent.endsWith("/") ? parent + last : parent + "/" + last;
  }

  /**
   * Jekyll's DocumentDrop keys: its methods in the order Ruby lists them (its method table, as
   * `jekyll build` 4.3.1 writes them: fixture {@code document-json}), then the remaining data
   * keys: {@code draft} (set before the front matter is read), the front matter's, then {@code
   * slug} and {@code ext}.
   */
  private static final java.util.List<String> DOCUMENT_KEYS = java.util.List.of(
      "name", "id", "relative_path", "excerpt", "title", "categories", "collection", "next", "tags",
      "previous", "content", "output", "path", "url", "date");
  private static final Set<String> SET_AFTER_FRONT_MATTER = Set.of("draft", "slug", "ext");
  private static final Set<String> NOT_NESTED = Set.of("content", "output", "excerpt", "next", "previous");

  @Override
  public java.util.Optional<String> dropUrl() {
    return item instanceof Document ? java.util.Optional.of(item.url() == null ? "" : item.url()) : java.util.Optional.empty();
  }

  @Override
  public boolean isDrop() {
    return item instanceof Document;
  }

  /** {@code Document#to_s}: its output, else its content, else {@code NO CONTENT}. */
  @Override
  public String rubyToS() {
    if (!(item instanceof Document)) return null;
    Object output = get("output");
    if (output != null) return output.toString();
    Object content = get("content");
    return content != null ? content.toString() : "NO CONTENT";
  }

  @Override
  public java.util.Collection<?> dropKeys() {
    if (!(item instanceof Document doc)) return keySet();
    Set<String> keys = new LinkedHashSet<>(DOCUMENT_KEYS);
    keys.add("draft");
    for (String k : doc.data().keySet()) if (!SET_AFTER_FRONT_MATTER.contains(k)) keys.add(k);
    keys.add("slug");
    keys.add("ext");
    return keys;
  }

  @Override
  public Map<String, Object> jsonFields(int depth) {
    if (!(item instanceof Document doc)) return new LinkedHashMap<>(this);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : DOCUMENT_KEYS) out.put(k, get(k));
    out.putIfAbsent("draft", doc.data().getOrDefault("draft", doc.draft()));
    for (String k : doc.data().keySet()) {
      if (!SET_AFTER_FRONT_MATTER.contains(k)) out.putIfAbsent(k, get(k));
    }
    out.putIfAbsent("slug", doc.data().getOrDefault("slug", doc.slug()));
    out.putIfAbsent("ext", doc.data().getOrDefault("ext", doc.extension()));
    if (out.get("excerpt") == null) out.put("excerpt", "");
    if (depth >= 2) {
      for (String k : new String[] {"previous", "next"}) {
        if (out.get(k) instanceof ItemDrop other) out.put(k, other.collapsed());
      }
    }
    return out;
  }

  private Map<String, Object> collapsed() {
    Map<String, Object> all = jsonFields(0);
    all.keySet().removeAll(NOT_NESTED);
    return all;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> all = new LinkedHashMap<>();
    // a plugin page with its own attributes: those alone, which already hold its data
    java.util.Optional<Map<String, Object>> own = ownAttributes();
    Set<String> keys = new LinkedHashSet<>(own.map(Map::keySet).orElse(item.data().keySet()));
    if (own.isPresent()) {
      // nothing more: Jekyll's to_liquid of that page class gives no content, dir or excerpt
    } else if (item instanceof Page) {
      // Jekyll's Page#to_liquid: the data, then content, dir, excerpt, name, path, url
      keys.addAll(java.util.List.of("content", "dir", "excerpt", "name", "path", "url"));
    } else {
      keys.addAll(java.util.List.of("content", "url", "path", "name"));
    }
    if (item instanceof Document) {
      keys.add("relative_path");
      keys.add("collection");
      keys.add("id");
      keys.add("excerpt");
      keys.add("date");
    }
    for (String k : keys) all.put(k, get(k));
    return all.entrySet();
  }
}

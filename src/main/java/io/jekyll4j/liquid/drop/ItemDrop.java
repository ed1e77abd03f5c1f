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
final class ItemDrop extends AbstractMap<String, Object> implements HasUrl {
  private final Convertible item;
  private final Drops drops;

  ItemDrop(Convertible item, Drops drops) {
    this.item = item;
    this.drops = drops;
  }

  @Override
  public String url() {
    return item.url();
  }

  @Override
  public Object get(Object key) {
    String k = String.valueOf(key);
    switch (k) {
      case "content":
        return item.content() != null ? item.content() : item.body();
      case "output":
        return item.output();
      case "url":
        return item.url();
      case "name":
        return item instanceof Document ? item.basename() : item.name();
      case "path":
        return item.data().getOrDefault("path", item.relativePath());
      default:
        break;
    }
    if (item instanceof Page page) {
      if (k.equals("dir")) return dir(page);
    } else if (item instanceof Document doc) {
      switch (k) {
        case "relative_path":
          return doc.relativePath();
        case "collection":
          return doc.collection();
        case "id":
          return id(doc);
        case "excerpt":
          return doc.excerpt() != null ? doc.excerpt() : doc.data().get("excerpt");
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

  private static String dir(Page page) {
    String url = page.url();
    if (url == null) return page.sourceDir();
    if (url.endsWith("/")) return url;
    int slash = url.lastIndexOf('/');
    return slash <= 0 ? "/" : url.substring(0, slash + 1);
  }

  private static String id(Document doc) {
    String url = doc.url() == null ? "/" : doc.url();
    int slash = url.lastIndexOf('/');
    String parent = slash <= 0 ? "/" : url.substring(0, slash);
    Object slug = doc.data().get("slug");
    String last = slug != null ? String.valueOf(slug) : doc.basename();
    return parent.endsWith("/") ? parent + last : parent + "/" + last;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> all = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>(item.data().keySet());
    if (item instanceof Page) {
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

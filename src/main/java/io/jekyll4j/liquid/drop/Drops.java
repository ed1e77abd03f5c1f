package io.jekyll4j.liquid.drop;

import io.jekyll4j.config.FrontMatterDefaults;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Pager;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Liquid views of one build's site, shared by every render: one {@link ItemDrop} per page or
 * document and one {@link SiteDrop}, built lazily on first use so that pages which never touch
 * {@code site.posts} never pay for it.
 */
public final class Drops {
  private final Site site;
  private final Map<Object, Map<String, Object>> itemDrops = Collections.synchronizedMap(new IdentityHashMap<>());
  /**
   * The drops of pages and documents, read by both render threads on every {@code post.x}:
   * lock-free (a page or document has no equality of its own, so this map is by identity too).
   */
  private final Map<Convertible, Map<String, Object>> convertibleDrops = new ConcurrentHashMap<>();
  /** {@code site.KEY} as told to {@code reads}, made once per key. */
  private final Map<String, String> siteReadKeys = new ConcurrentHashMap<>();
  private final Map<String, Object> memo = new ConcurrentHashMap<>();
  private final SiteDrop siteDrop;
  /** Each document's position in its collection (for {@code previous}/{@code next}). */
  private final Map<Document, Integer> positions = new IdentityHashMap<>();
  private final java.util.function.Consumer<String> reads;

  private volatile RenderedView view = RenderedView.AS_STORED;

  /** How item drops read other items' rendered content (set by the render phase). */
  public Drops withView(RenderedView view) {
    this.view = view;
    return this;
  }

  RenderedView view() {
    return view;
  }

  private static final List<String> HTML_EXTENSIONS = List.of(".html", ".xhtml", ".htm");

  /** A page's output extension (the permalink's own, else the converter's): set by the build. */
  private volatile java.util.function.Function<Convertible, String> outputExt = Drops::extensionOfUrl;

  /** How to tell a page's output extension, which decides {@code site.html_pages}. */
  public Drops withOutputExtensions(java.util.function.Function<Convertible, String> outputExt) {
    this.outputExt = outputExt;
    return this;
  }

  /** Jekyll's {@code Page#html?} or a folder URL: what {@code site.html_pages} keeps. */
  boolean isHtmlPage(Convertible page) {
    if (page.url() == null) return false;
    return page.url().endsWith("/") || HTML_EXTENSIONS.contains(outputExt.apply(page));
  }

  private static String extensionOfUrl(Convertible page) {
    String url = page.url() == null ? "" : page.url();
    String last = url.substring(url.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot < 0 ? "" : last.substring(dot);
  }

  public Drops(Site site, Map<String, Object> extraSiteKeys) {
    this(site, extraSiteKeys, key -> { });
  }

  /**
   * @param reads told, on the rendering thread, what a template reads beyond its own item:
   *     {@code site.KEY} for each site key (listings such as {@code site.posts}), and {@code
   *     rendered:PATH} when it reads the rendered content, output or excerpt of the item at PATH,
   *     so that {@code serve} can tell which outputs a change affects
   */
  public Drops(Site site, Map<String, Object> extraSiteKeys,
      java.util.function.Consumer<String> reads) {
    this.site = site;
    this.reads = reads;
    for (List<Document> docs : site.collections().values()) {
      for (int i = 0; i < docs.size(); i++) positions.put(docs.get(i), i);
    }
    this.siteDrop = new SiteDrop(site, this, extraSiteKeys);
  }

  public Site site() {
    return site;
  }

  /** The site behind a {@code site} variable, when it is one of our site drops. */
  public static java.util.Optional<Site> siteOf(Object siteVariable) {
    return siteVariable instanceof SiteDrop d ? java.util.Optional.of(d.site()) : java.util.Optional.empty();
  }

  public Map<String, Object> siteDrop() {
    return siteDrop;
  }

  /** {@code site} while rendering {@code item}: adds {@code related_posts} for a document. */
  public Map<String, Object> siteDropFor(Convertible item) {
    return siteDrop.renderingOf(item);
  }

  /** The drop of a page or document (one per item per build). */
  public Map<String, Object> of(Convertible item) {
    Map<String, Object> drop = convertibleDrops.get(item);
    return drop != null ? drop : convertibleDrops.computeIfAbsent(item, k -> new ItemDrop(item, this));
  }

  /**
   * The {@code page} variable while {@code item} renders. For a page that is Jekyll's
   * {@code Page#to_liquid}, a hash taken before the page rendered (its {@code content} stays the
   * raw source), while the same page listed in {@code site.pages} is read live (converted content
   * once its body has rendered, in its layouts); a document's {@code page} is its live drop.
   */
  public Map<String, Object> pageVariable(Convertible item) {
    return item instanceof io.jekyll4j.content.Page ? new ItemDrop(item, this, true) : of(item);
  }

  public Map<String, Object> of(StaticFile file) {
    return itemDrops.computeIfAbsent(file, k -> StaticFileDrop.of(file, memo("defaults",
        () -> new FrontMatterDefaults(site.config()))));
  }

  void siteKeyRead(String key) {
    String read = siteReadKeys.get(key);
    if (read == null) {
      read = "site." + key;
      siteReadKeys.put(key, read);
    }
    reads.accept(read);
  }

  void renderedRead(Convertible item) {
    reads.accept("rendered:" + item.relativePath());
  }

  /** {@link #renderedRead} with the key made once by the caller ({@code rendered:PATH}). */
  void renderedRead(String key) {
    reads.accept(key);
  }

  /** {@code paginator} for a page that pagination put in charge of a {@link Pager}. */
  public Map<String, Object> paginator(Pager pager) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("page", pager.page());
    m.put("per_page", pager.perPage());
    m.put("posts", dropsOf(pager.posts()));
    m.put("total_posts", pager.totalPosts());
    m.put("total_pages", pager.totalPages());
    m.put("previous_page", pager.previousPage().orElse(null));
    m.put("previous_page_path", pager.previousPagePath().orElse(null));
    m.put("next_page", pager.nextPage().orElse(null));
    m.put("next_page_path", pager.nextPagePath().orElse(null));
    return m;
  }

  @SuppressWarnings("unchecked")
  <T> T memo(String key, java.util.function.Supplier<T> supplier) {
    Object v = memo.get(key);
    if (v == null) {
      v = supplier.get();
      Object prev = memo.putIfAbsent(key, v);
      if (prev != null) v = prev;
    }
    return (T) v;
  }

  /** The post before or after this one in date order, for {@code page.previous}/{@code next}. */
  Document neighbour(Document doc, int delta) {
    List<Document> docs = site.collections().getOrDefault(doc.collection(), List.of());
    int i = positions.getOrDefault(doc, -1);
    int j = i + delta;
    return i < 0 || j < 0 || j >= docs.size() ? null : docs.get(j);
  }

  List<Object> dropsOf(List<? extends Convertible> items) {
    List<Object> out = new ArrayList<>(items.size());
    for (Convertible c : items) out.add(of(c));
    return out;
  }
}

package io.jekyll4j.content;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.SiteView;
import io.jekyll4j.plugin.StaticFileView;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The plugin API's read-only views ({@code io.jekyll4j.plugin}) over the content model. A view
 * reads its item when asked, so it follows the item through the build (URL, content, output).
 */
public final class Views {
  private final Path source;
  private final Function<Convertible, String> outputExt;
  private final Predicate<Convertible> written;

  /**
   * Views for a site at {@code source}; {@code outputExt} gives an item's output extension and
   * {@code written} whether it is written (both as the build decides them).
   */
  public Views(Path source, Function<Convertible, String> outputExt, Predicate<Convertible> written) {
    this.source = source;
    this.outputExt = outputExt;
    this.written = written;
  }

  /** A view of the configuration. */
  public static ConfigView config(SiteConfig config) {
    return new Config(config);
  }

  /** A view of the site. */
  public SiteView site(Site site) {
    return new SiteOf(site);
  }

  /** A view of a page or document. */
  public ItemView item(Convertible item) {
    return item instanceof Document d ? document(d) : page((Page) item);
  }

  public PageView page(Page page) {
    return new PageOf(page);
  }

  public DocumentView document(Document document) {
    return new DocumentOf(document);
  }

  /** The item behind a view this class made (empty for a view from elsewhere). */
  public static Optional<Convertible> unwrap(Object view) {
    return view instanceof ItemOf i ? Optional.of(i.item) : Optional.empty();
  }

  private record Config(SiteConfig config) implements ConfigView {
    @Override
    public Object get(String key) {
      return config.get(key);
    }

    @Override
    public Map<String, Object> map(String key) {
      return Collections.unmodifiableMap(config.map(key));
    }

    @Override
    public List<Object> list(String key) {
      Object v = config.get(key);
      if (v instanceof List<?> l) return Collections.unmodifiableList(new ArrayList<Object>(l));
      return v == null ? List.of() : List.of(v);
    }

    @Override
    public String string(String key, String fallback) {
      return config.string(key, fallback);
    }

    @Override
    public boolean bool(String key) {
      return config.bool(key);
    }

    @Override
    public Map<String, Object> asMap() {
      return Collections.unmodifiableMap(config.raw());
    }
  }

  private final class SiteOf implements SiteView {
    private final Site site;

    SiteOf(Site site) {
      this.site = site;
    }

    @Override
    public ConfigView config() {
      return new Config(site.config());
    }

    @Override
    public Path source() {
      return source;
    }

    @Override
    public ZonedDateTime time() {
      return site.time();
    }

    @Override
    public List<PageView> pages() {
      return site.pages().stream().<PageView>map(PageOf::new).toList();
    }

    @Override
    public Map<String, List<DocumentView>> collections() {
      Map<String, List<DocumentView>> out = new LinkedHashMap<>();
      site.collections().forEach((k, v) -> out.put(k, v.stream().<DocumentView>map(DocumentOf::new).toList()));
      return Collections.unmodifiableMap(out);
    }

    @Override
    public List<StaticFileView> staticFiles() {
      return site.staticFiles().stream().<StaticFileView>map(StaticOf::new).toList();
    }

    @Override
    public Map<String, Object> data() {
      return Collections.unmodifiableMap(site.data());
    }

    @Override
    public java.util.Set<String> layouts() {
      return Collections.unmodifiableSet(site.layouts().keySet());
    }
  }

  private record StaticOf(StaticFile staticFile) implements StaticFileView {
    @Override
    public String relativePath() {
      return staticFile.relativePath();
    }

    @Override
    public String url() {
      return staticFile.url();
    }

    @Override
    public String extension() {
      return staticFile.extension();
    }

    @Override
    public String collection() {
      return staticFile.collection();
    }

    @Override
    public String path() {
      return staticFile.jekyllPath();
    }

    @Override
    public Path file() {
      return staticFile.file();
    }
  }

  /**
   * {@code value} with every page or document view in it (in lists and maps, at any depth)
   * replaced by its item, as a plugin hands values to the engine.
   */
  public static Object unwrapDeep(Object value) {
    if (value instanceof ItemOf i) return i.item;
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) out.add(unwrapDeep(o));
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> out = new java.util.LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, unwrapDeep(v)));
      return out;
    }
    return value;
  }

  /** The static file behind a view this class made (empty for a view from elsewhere). */
  public static Optional<StaticFile> unwrapStatic(Object view) {
    return view instanceof StaticOf s ? Optional.of(s.staticFile()) : Optional.empty();
  }

  private class ItemOf implements ItemView {
    final Convertible item;

    ItemOf(Convertible item) {
      this.item = item;
    }

    @Override
    public String relativePath() {
      return item.relativePath();
    }

    @Override
    public String extension() {
      return item.extension();
    }

    @Override
    public Map<String, Object> data() {
      return Collections.unmodifiableMap(item.data());
    }

    @Override
    public String body() {
      return item.body();
    }

    @Override
    public String url() {
      return item.url();
    }

    @Override
    public Optional<String> content() {
      return Optional.ofNullable(item.content());
    }

    @Override
    public Optional<String> output() {
      return Optional.ofNullable(item.output());
    }

    @Override
    public String outputExt() {
      return outputExt.apply(item);
    }

    @Override
    public boolean written() {
      return written.test(item);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ItemOf other && other.item == item;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(item);
    }

    @Override
    public String toString() {
      return item.relativePath();
    }
  }

  private final class PageOf extends ItemOf implements PageView {
    PageOf(Page page) {
      super(page);
    }
  }

  private final class DocumentOf extends ItemOf implements DocumentView {
    private final Document doc;

    DocumentOf(Document doc) {
      super(doc);
      this.doc = doc;
    }

    @Override
    public String collection() {
      return doc.collection();
    }

    @Override
    public ZonedDateTime date() {
      return doc.date();
    }

    @Override
    public List<String> tags() {
      return doc.tags();
    }

    @Override
    public List<String> categories() {
      return doc.categories();
    }

    @Override
    public String collectionPath() {
      return doc.jekyllRelativePath();
    }
  }
}

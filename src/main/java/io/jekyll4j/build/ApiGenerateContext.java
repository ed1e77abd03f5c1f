package io.jekyll4j.build;

import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.Views;
import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.SiteView;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A public {@link io.jekyll4j.plugin.Generator}'s view of the build, over the engine's site. */
final class ApiGenerateContext implements GenerateContext {
  private static final Pattern DATED = Pattern.compile("^(?:.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$");
  private static final Pattern PLAIN = Pattern.compile("^(?:.+/)*(.*?)(\\.[^./]+)?$");
  private final GenerateServices services;
  private final Views views;
  private Site site;

  ApiGenerateContext(Site site, GenerateServices services) {
    this.site = site;
    this.services = services;
    this.views = new Views(services.source(), c -> services.router().outputExt(c),
        c -> !(c instanceof Document d) || WriteOrder.writes(site.config(), d, services.future(), site.time()));
  }

  /** The site with what the generator added. */
  Site result() {
    return site;
  }

  @Override
  public SiteView site() {
    return views.site(site);
  }

  @Override
  public Path source() {
    return services.source();
  }

  @Override
  public String environment() {
    return services.environment();
  }

  @Override
  public PageView addPage(String path, Map<String, Object> data, String content) {
    Page page = PluginPage.of(site.config(), strip(path), data, content == null ? "" : content);
    List<Page> pages = new ArrayList<>(site.pages());
    pages.add(page);
    site = site.withPages(pages);
    return views.page(page);
  }

  @Override
  public PageView addPageAsIs(String path, Map<String, Object> data, String content) {
    Page page = new Page(strip(path), new LinkedHashMap<>(data), content == null ? "" : content, 1);
    List<Page> pages = new ArrayList<>(site.pages());
    pages.add(page);
    site = site.withPages(pages);
    return views.page(page);
  }

  @Override
  public DocumentView addDocument(String collection, String path, Map<String, Object> own, String content) {
    if (!site.collections().containsKey(collection)) {
      throw new IllegalArgumentException("no collection '" + collection + "' for " + path);
    }
    String rel = strip(path);
    String folder = "_" + collection + "/";
    String inFolder = rel.startsWith(folder) ? rel.substring(folder.length()) : rel;
    Map<String, Object> data = new LinkedHashMap<>(
        new io.jekyll4j.config.FrontMatterDefaults(site.config()).all(rel, collection));
    data.putAll(own);
    ZonedDateTime date = site.time();
    String slug;
    String ext = null;
    Matcher dated = DATED.matcher(inFolder);
    Matcher plain = PLAIN.matcher(inFolder);
    if (dated.matches()) {
      date = io.jekyll4j.content.Dates.parse(dated.group(1), site.config().zone()).orElse(date);
      slug = dated.group(2);
      ext = dated.group(3);
    } else {
      plain.matches();
      slug = plain.group(1);
      ext = plain.group(2);
    }
    if (data.get("date") != null) {
      date = io.jekyll4j.content.Dates.jekyllDate(data.get("date"), site.config().zone()).orElse(date);
    }
    data.put("date", date);
    data.putIfAbsent("title", slug);
    data.putIfAbsent("slug", slug);
    if (ext != null) data.putIfAbsent("ext", ext);
    List<String> categories = strings(data.get("categories"));
    List<String> tags = strings(data.get("tags"));
    data.put("categories", categories);
    data.put("tags", tags);
    data.putIfAbsent("draft", false);
    Document doc = new Document(rel, data, content == null ? "" : content, 1, collection, inFolder, date, slug,
        categories, tags, false, rel, dated.matches() || own.containsKey("date"));
    Map<String, List<Document>> collections = new LinkedHashMap<>(site.collections());
    List<Document> docs = new ArrayList<>(collections.get(collection));
    docs.add(doc);
    if (collection.equals("posts")) docs.sort(java.util.Comparator.comparing(Document::date));
    collections.put(collection, List.copyOf(docs));
    site = new Site(site.config(), site.time(), site.pages(), collections, site.staticFiles(), site.layouts(),
        site.data());
    return views.document(doc);
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) l.forEach(x -> out.add(String.valueOf(x)));
    else if (o != null) for (String s : String.valueOf(o).split("\\s+")) if (!s.isEmpty()) out.add(s);
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends ItemView> T update(T item, Map<String, Object> data, String body) {
    Convertible old = itemOf(item);
    Convertible fresh = old instanceof Document d
        ? d.rewritten(new LinkedHashMap<>(data), body)
        : new Page(old.relativePath(), new LinkedHashMap<>(data), body, old.bodyLine());
    replace(old, fresh);
    return (T) views.item(fresh);
  }

  @Override
  public DocumentView excerptAgain(DocumentView document) {
    Document d = (Document) itemOf(document);
    Map<String, Object> fresh = new LinkedHashMap<>(d.data());
    Object own = fresh.get("excerpt");
    if (own != null && !Boolean.FALSE.equals(own)) fresh.remove("excerpt");
    Document cut = new Document(d.relativePath(), fresh, d.body(), d.bodyLine(), d.collection(),
        d.pathInCollection(), d.date(), d.slug(), d.categories(), d.tags(), d.draft(), d.jekyllRelativePath(),
        d.dated());
    replace(d, cut);
    return views.document(cut);
  }

  @Override
  public PageView paginate(PageView page, io.jekyll4j.plugin.Pager pager, java.util.Optional<String> dir) {
    Page template = (Page) itemOf(page);
    List<Document> posts = new ArrayList<>();
    for (DocumentView d : pager.posts()) posts.add((Document) itemOf(d));
    io.jekyll4j.content.Pager own = new io.jekyll4j.content.Pager(pager.page(), pager.perPage(), posts,
        pager.totalPosts(), pager.totalPages(), java.util.Optional.ofNullable(pager.previousPage()),
        java.util.Optional.ofNullable(pager.previousPagePath()), java.util.Optional.ofNullable(pager.nextPage()),
        java.util.Optional.ofNullable(pager.nextPagePath()));
    Page paginated = template.withPager(own, dir);
    if (dir.isEmpty()) {
      replace(template, paginated);
    } else {
      List<Page> pages = new ArrayList<>(site.pages());
      pages.add(paginated);
      site = site.withPages(pages);
    }
    return views.page(paginated);
  }

  @Override
  public void removeStaticFile(io.jekyll4j.plugin.StaticFileView file) {
    io.jekyll4j.content.StaticFile f = staticOf(file);
    List<io.jekyll4j.content.StaticFile> statics = new ArrayList<>(site.staticFiles());
    statics.remove(f);
    site = new Site(site.config(), site.time(), site.pages(), site.collections(), List.copyOf(statics),
        site.layouts(), site.data());
  }

  private static Convertible itemOf(ItemView view) {
    return Views.unwrap(view).orElseThrow(() -> new IllegalArgumentException("not an item of this site"));
  }

  private static io.jekyll4j.content.StaticFile staticOf(io.jekyll4j.plugin.StaticFileView view) {
    return Views.unwrapStatic(view).orElseThrow(() -> new IllegalArgumentException("not a static file of this site"));
  }

  /** The site with {@code fresh} where {@code old} was (the same place in its list). */
  private void replace(Convertible old, Convertible fresh) {
    if (old instanceof Page) {
      List<Page> pages = new ArrayList<>(site.pages());
      int i = indexOf(pages, old);
      if (i < 0) throw new IllegalArgumentException("not a page of this site: " + old.relativePath());
      pages.set(i, (Page) fresh);
      site = site.withPages(pages);
      return;
    }
    Map<String, List<Document>> collections = new LinkedHashMap<>(site.collections());
    for (Map.Entry<String, List<Document>> e : collections.entrySet()) {
      List<Document> docs = new ArrayList<>(e.getValue());
      int i = indexOf(docs, old);
      if (i < 0) continue;
      docs.set(i, (Document) fresh);
      e.setValue(List.copyOf(docs));
      site = new Site(site.config(), site.time(), site.pages(), collections, site.staticFiles(), site.layouts(),
          site.data());
      return;
    }
    throw new IllegalArgumentException("not a document of this site: " + old.relativePath());
  }

  private static int indexOf(List<? extends Convertible> items, Convertible item) {
    for (int i = 0; i < items.size(); i++) if (items.get(i) == item) return i;
    return -1;
  }

  @Override
  public PageView setLiquid(PageView page, Map<String, Object> attributes) {
    Page old = (Page) itemOf(page);
    @SuppressWarnings("unchecked")
    Page fresh = old.withLiquidAttributes((Map<String, Object>) Views.unwrapDeep(attributes));
    replace(old, fresh);
    return views.page(fresh);
  }

  @Override
  public Map<String, Object> frontMatterDefaults(String path, String type) {
    return new io.jekyll4j.config.FrontMatterDefaults(site.config()).all(strip(path), type);
  }

  @Override
  public void putConfig(String key, Object value) {
    Map<String, Object> raw = new LinkedHashMap<>(site.config().raw());
    raw.put(key, Views.unwrapDeep(value));
    site = new Site(new io.jekyll4j.config.SiteConfig(raw, site.config().files()), site.time(), site.pages(),
        site.collections(), site.staticFiles(), site.layouts(), site.data());
  }

  @Override
  public String slugify(String text) {
    return io.jekyll4j.url.Slugs.slugify(text);
  }

  @Override
  public String expandUrl(String template, Map<String, String> placeholders) {
    return io.jekyll4j.url.UrlTemplate.expandLoose(template, placeholders);
  }

  @Override
  public String unescapePath(String url) {
    return io.jekyll4j.url.UrlTemplate.unescapePath(url);
  }

  @Override
  public void putData(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>(site.data());
    data.put(key, value);
    site = new Site(site.config(), site.time(), site.pages(), site.collections(), site.staticFiles(), site.layouts(),
        data);
  }

  @Override
  public String urlOf(ItemView item) {
    return services.router().url(itemOf(item));
  }

  @Override
  public String urlOf(io.jekyll4j.plugin.StaticFileView file) {
    return services.router().url(staticOf(file));
  }

  @Override
  public String relativeUrl(String url) {
    Object baseurl = site.config().get("baseurl");
    return io.jekyll4j.liquid.filter.UrlFilters.relativeUrl(url, baseurl == null ? null : String.valueOf(baseurl));
  }

  @Override
  public String absoluteUrl(String url) {
    Object siteUrl = site.config().get("url");
    Object baseurl = site.config().get("baseurl");
    return io.jekyll4j.liquid.filter.UrlFilters.absoluteUrl(url, siteUrl == null ? null : String.valueOf(siteUrl),
        baseurl == null ? null : String.valueOf(baseurl));
  }

  @Override
  public String jsonify(Object value) {
    return io.jekyll4j.liquid.filter.Json.write(value);
  }

  @Override
  public void putLayout(String name, String content) {
    Map<String, io.jekyll4j.content.Layout> layouts = new LinkedHashMap<>(site.layouts());
    layouts.put(name, new io.jekyll4j.content.Layout(name, "_layouts/" + name + ".html", Map.of(), content, 1));
    site = new Site(site.config(), site.time(), site.pages(), site.collections(), site.staticFiles(), layouts,
        site.data());
  }

  @Override
  public String markdownify(String markdown) {
    return services.markdownify().apply(markdown);
  }

  @Override
  public void warn(String message) {
    services.diagnostics().warn(message);
  }

  private static String strip(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("/")) p = p.substring(1);
    return p;
  }
}

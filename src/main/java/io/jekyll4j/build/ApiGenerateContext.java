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
    this.views = new Views(services.source(), c -> services.router().outputExt(c), c -> true);
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
  public void putData(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>(site.data());
    data.put(key, value);
    site = new Site(site.config(), site.time(), site.pages(), site.collections(), site.staticFiles(), site.layouts(),
        data);
  }

  @Override
  public String urlOf(ItemView item) {
    Convertible c = Views.unwrap(item).orElseThrow(() -> new IllegalArgumentException("not an item of this site"));
    return services.router().url(c);
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

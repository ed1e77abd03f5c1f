package io.jekyll4j.plugins.relativelinks;

import io.jekyll4j.build.RubyGlob;
import io.jekyll4j.plugins.ghpages.GhPagesSite;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.liquid.filter.UrlFilters;
import io.jekyll4j.url.Router;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jekyll-relative-links generator (0.7.0): in Markdown pages (and, with {@code
 * relative_links: {collections: true}}, written documents) inline and reference links whose
 * target is the relative path of a page, static file or written document become that target's
 * URL (with {@code baseurl}), keeping the anchor and title. Links that are anchors or absolute
 * URLs, or that name no file of the site, stay as written, and so do the links of the files
 * {@code relative_links: {exclude: [...]}} names.
 */
final class RelativeLinks {
  static final String PLUGIN = "jekyll-relative-links";
  private static final String KEY = "relative_links";
  private static final String TITLE = "(\\s+\"(?:\\\\\"|[^\"])*(?<!\\\\)\"|\\s+\"(?:\\\\'|[^'])*(?<!\\\\)')?";
  private static final String FRAGMENT_AND_TITLE = "(#.+?|)?" + TITLE;
  /** The gem's link pattern: groups 2-5 an inline link, 6-9 a reference definition. */
  private static final Pattern LINK = Pattern.compile(
      "(\\[(.*?)\\]\\(([^)]+?)" + FRAGMENT_AND_TITLE + "\\)"
          + "|^\\s*?\\[(.*?)\\]: (.+?)" + FRAGMENT_AND_TITLE + "\\s*?$)",
      Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Map<String, String> urls = new LinkedHashMap<>();
  private final String baseurl;

  private RelativeLinks(Site site, Router router, List<Document> written) {
    Object b = site.config().get("baseurl");
    this.baseurl = b == null ? null : String.valueOf(b);
    // the first target with a path wins: pages, then static files, then documents
    for (Page p : site.pages()) urls.putIfAbsent(p.relativePath(), router.url(p));
    for (StaticFile f : site.staticFiles()) urls.putIfAbsent(f.jekyllPath().replaceFirst("^/", ""), router.url(f));
    for (Document d : written) urls.putIfAbsent(d.jekyllRelativePath(), router.url(d));
  }

  static Site generate(Site site, Router router, boolean future) {
    SiteConfig config = site.config();
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled"))) return site;
    List<Document> written = GhPagesSite.docsToWrite(site, future);
    RelativeLinks g = new RelativeLinks(site, router, written);
    List<Page> pages = new ArrayList<>();
    for (Page p : site.pages()) pages.add((Page) g.linked(config, p));
    Map<String, List<Document>> collections = site.collections();
    if (Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "collections"))) {
      Map<Document, Document> done = new IdentityHashMap<>();
      for (Document d : written) done.put(d, (Document) g.linked(config, d));
      collections = new LinkedHashMap<>();
      for (Map.Entry<String, List<Document>> e : site.collections().entrySet()) {
        collections.put(e.getKey(), e.getValue().stream().map(d -> done.getOrDefault(d, d)).toList());
      }
    }
    return GhPagesSite.with(site, pages, collections, site.staticFiles());
  }

  private Convertible linked(SiteConfig config, Convertible item) {
    if (!GhPagesSite.markdown(config, item.extension())) return item;
    String rel = item instanceof Document d ? d.jekyllRelativePath() : item.relativePath();
    if (GhPagesSite.option(config, KEY, "exclude") instanceof List<?> excluded && RubyGlob.anyMatches(excluded, rel)) {
      return item;
    }
    int slash = rel.lastIndexOf('/');
    String base = slash < 0 ? "" : rel.substring(0, slash);
    Matcher m = LINK.matcher(item.body());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(m, base).orElse(m.group())));
    }
    m.appendTail(out);
    String body = out.toString();
    // a document's excerpt is cut again even when no link changed (after a stripped title, say)
    if (body.equals(item.body()) && !(item instanceof Document)) return item;
    return GhPagesSite.copy(item, item.data(), body, true);
  }

  private Optional<String> replacement(Matcher m, String base) {
    boolean inline = m.group(2) != null;
    int g = inline ? 2 : 6;
    String text = m.group(g);
    String path = m.group(g + 1);
    String fragment = m.group(g + 2);
    String title = m.group(g + 3);
    if (path.startsWith("#") || SCHEME.matcher(path).find()) return Optional.empty();
    Optional<String> url = fromRoot(path, base).flatMap(p -> Optional.ofNullable(urls.get(unescape(p))));
    if (url.isEmpty()) return Optional.empty();
    String target = UrlFilters.relativeUrl(url.get(), baseurl) + (fragment == null ? "" : fragment);
    String t = title == null ? "" : title;
    return Optional.of(inline ? "[" + text + "](" + target + t + ")" : "\n[" + text + "]: " + target + t);
  }

  /** The link's path from the source root ({@code File.expand_path} from the page's folder); empty when it leaves the site. */
  private static Optional<String> fromRoot(String path, String base) {
    boolean absolute = path.startsWith("/");
    String p = absolute ? path.substring(1) : path;
    List<String> parts = new ArrayList<>();
    String joined = absolute || base.isEmpty() ? p : base + "/" + p;
    for (String s : joined.split("/")) {
      if (s.isEmpty() || s.equals(".")) continue;
      if (s.equals("..")) {
        if (parts.isEmpty()) return Optional.empty();
        parts.remove(parts.size() - 1);
      } else {
        parts.add(s);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  /** Ruby's {@code CGI.unescape}: {@code +} is a space, {@code %XX} a byte. */
  private static String unescape(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return s;
    }
  }
}

package io.jekyll4j.plugins.relativelinks;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.RubyGlob;
import io.jekyll4j.plugin.SiteView;
import io.jekyll4j.plugin.StaticFileView;
import io.jekyll4j.plugins.ghpages.GhPagesSite;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
  private final GenerateContext context;

  private RelativeLinks(GenerateContext context, List<DocumentView> written) {
    this.context = context;
    SiteView site = context.site();
    // the first target with a path wins: pages, then static files, then documents
    for (PageView p : site.pages()) urls.putIfAbsent(p.relativePath(), context.urlOf(p));
    for (StaticFileView f : site.staticFiles()) urls.putIfAbsent(f.path().replaceFirst("^/", ""), context.urlOf(f));
    for (DocumentView d : written) urls.putIfAbsent(d.collectionPath(), context.urlOf(d));
  }

  static void generate(GenerateContext context) {
    SiteView site = context.site();
    ConfigView config = site.config();
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled"))) return;
    List<DocumentView> written = GhPagesSite.docsToWrite(site);
    RelativeLinks g = new RelativeLinks(context, written);
    for (PageView p : site.pages()) g.link(config, p);
    if (Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "collections"))) {
      for (DocumentView d : written) g.link(config, d);
    }
  }

  private void link(ConfigView config, ItemView item) {
    if (!GhPagesSite.markdown(config, item.extension())) return;
    String rel = item instanceof DocumentView d ? d.collectionPath() : item.relativePath();
    if (GhPagesSite.option(config, KEY, "exclude") instanceof List<?> excluded && RubyGlob.anyMatches(excluded, rel)) {
      return;
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
    if (body.equals(item.body()) && !(item instanceof DocumentView)) return;
    ItemView updated = context.update(item, item.data(), body);
    if (updated instanceof DocumentView d) context.excerptAgain(d);
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
    String target = context.relativeUrl(url.get()) + (fragment == null ? "" : fragment);
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

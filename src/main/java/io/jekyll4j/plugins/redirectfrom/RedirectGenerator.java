package io.jekyll4j.plugins.redirectfrom;

import io.jekyll4j.build.PluginPage;
import io.jekyll4j.build.WriteOrder;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Layout;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.liquid.filter.Json;
import io.jekyll4j.liquid.filter.UrlFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The jekyll-redirect-from generator (0.16): when the plugin is listed in {@code plugins}, every
 * written document and every page gets a redirect page at each path of its {@code redirect_from},
 * and an item with {@code redirect_to} becomes itself a redirect page to that URL. Redirect pages
 * use the site's {@code redirect} layout, or the plugin's own when the site has none. The
 * redirects are listed in {@code /redirects.json}, unless the source has that file or the config
 * says {@code redirect_from: {json: false}}. Runs before the other generators, as in Jekyll (its
 * priority is normal, theirs lowest).
 */
final class RedirectGenerator {
  static final String PLUGIN = "jekyll-redirect-from";
  private static final String LAYOUT = "redirect";
  /** The plugin's test for a URL kept as written (Ruby's {@code ^} matches after any line break). */
  private static final Pattern HTTP = Pattern.compile("(?m)^https?://");

  private final SiteConfig config;
  private final Function<Convertible, String> urlOf;
  private final Map<String, String> redirects = new LinkedHashMap<>();
  private final List<Page> pages = new ArrayList<>();

  private RedirectGenerator(SiteConfig config, Function<Convertible, String> urlOf) {
    this.config = config;
    this.urlOf = urlOf;
  }

  /** The site with its redirects made (the same site when the plugin is off). */
  static Site generate(Site site, Function<Convertible, String> urlOf, Path source) {
    RedirectGenerator g = new RedirectGenerator(site.config(), urlOf);
    Map<String, List<Document>> collections = new LinkedHashMap<>();
    boolean rewritten = false;
    for (Map.Entry<String, List<Document>> e : site.collections().entrySet()) {
      List<Document> out = new ArrayList<>();
      for (Document d : e.getValue()) {
        Document now = WriteOrder.collectionWrites(g.config, e.getKey()) ? g.visit(d).map(RedirectGenerator::asDocument).orElse(d) : d;
        rewritten |= now != d;
        out.add(now);
      }
      collections.put(e.getKey(), List.copyOf(out));
    }
    List<Page> pages = new ArrayList<>();
    for (Page p : site.pages()) pages.add(g.visit(p).map(Page.class::cast).orElse(p));
    pages.addAll(g.pages);
    if (g.wantsJson(source)) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("layout", null);
      pages.add(PluginPage.of(site.config(), "redirects.json", data, Json.write(g.redirects)));
    }
    Map<String, Layout> layouts = site.layouts();
    if (!layouts.containsKey(LAYOUT)) {
      layouts = new LinkedHashMap<>(layouts);
      layouts.put(LAYOUT, new Layout(LAYOUT, "_layouts/redirect.html", Map.of(), template(), 1));
    }
    return new Site(site.config(), site.time(), List.copyOf(pages), rewritten ? collections : site.collections(),
        site.staticFiles(), layouts, site.data());
  }

  /**
   * The plugin's layout: our template, with what is inside {@code <html>} indented by two spaces,
   * as the plugin writes it (a redirect at {@code /x.php} is compared byte for byte).
   */
  private static String template() {
    StringBuilder out = new StringBuilder();
    for (String line : bundled("redirect.html").split("\n")) {
      boolean inside = !line.startsWith("<!DOCTYPE") && !line.startsWith("<html") && !line.startsWith("</html");
      out.append(inside ? "  " : "").append(line).append('\n');
    }
    return out.toString();
  }

  private static String bundled(String name) {
    try (java.io.InputStream in = RedirectGenerator.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing bundled template " + name);
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Makes the redirect pages of {@code item}; the item turned into a redirect, when it redirects. */
  private Optional<Convertible> visit(Convertible item) {
    String url = urlOf.apply(item);
    for (String from : RedirectFields.from(item.data())) {
      Page page = RedirectPage.of(config, from, target(url));
      pages.add(page);
      redirects.put(RedirectPage.from(page), RedirectPage.to(page));
    }
    Optional<String> to = RedirectFields.to(item.data());
    if (to.isEmpty()) return Optional.empty();
    Map<String, Object> data = new LinkedHashMap<>(item.data());
    Map<String, Object> own = RedirectPage.data(url, target(to.get()));
    data.putAll(own);
    redirects.put(RedirectPage.from(own), RedirectPage.to(own));
    return Optional.of(RedirectPage.replacing(item, data));
  }

  /** Where a redirect points: an http(s) URL as it is, anything else made absolute. */
  private String target(String to) {
    if (HTTP.matcher(to).find()) return to;
    Object url = config.get("url");
    Object base = config.get("baseurl");
    return UrlFilters.absoluteUrl(to, url == null ? null : String.valueOf(url),
        base == null ? null : String.valueOf(base));
  }

  private boolean wantsJson(Path source) {
    if (Files.exists(source.resolve("redirects.json"))) return false;
    return !Boolean.FALSE.equals(config.map("redirect_from").get("json"));
  }

  private static Document asDocument(Convertible c) {
    return (Document) c;
  }
}

package io.jekyll4j.plugins.sitemap;

import io.jekyll4j.build.PluginPage;
import io.jekyll4j.build.PluginTemplates;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The jekyll-sitemap generator (1.4): when the plugin is listed in {@code plugins}, adds a
 * {@code /sitemap.xml} page listing the documents of output collections, the HTML pages and the
 * static HTML and PDF files, and a {@code /robots.txt} page pointing at it. Either is left out
 * when a page or static file of the site already has that URL.
 */
final class SitemapGenerator {
  static final String PLUGIN = "jekyll-sitemap";

  private SitemapGenerator() {}

  /** The site with its sitemap and robots pages added (the same site when the plugin is off). */
  static Site generate(Site site, Function<Page, String> urlOf) {
    List<String> taken = new ArrayList<>();
    for (Page p : site.pages()) taken.add(urlOf.apply(p));
    for (StaticFile f : site.staticFiles()) taken.add(f.url());
    List<Page> pages = new ArrayList<>(site.pages());
    if (!taken.contains("/sitemap.xml")) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("layout", null);
      data.put("xsl", taken.contains("/sitemap.xsl"));
      pages.add(PluginPage.of(site.config(), "sitemap.xml", data,
          PluginTemplates.load("sitemap.xml", PluginTemplates.AFTER_LINE_OR_LIQUID)));
    }
    if (!taken.contains("/robots.txt")) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("layout", null);
      pages.add(PluginPage.of(site.config(), "robots.txt", data, PluginTemplates.load("robots.txt")));
    }
    if (pages.size() == site.pages().size()) return site;
    return site.withPages(pages);
  }
}

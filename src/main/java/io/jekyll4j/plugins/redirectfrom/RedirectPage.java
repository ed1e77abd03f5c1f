package io.jekyll4j.plugins.redirectfrom;

import io.jekyll4j.build.PluginPage;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Page;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages jekyll-redirect-from makes: a body-less page named {@code redirect.html}, placed by a
 * {@code permalink} at the path it redirects from, kept out of the sitemap, rendered by the
 * {@code redirect} layout, which reads {@code page.redirect.from} and {@code page.redirect.to}.
 */
final class RedirectPage {
  private RedirectPage() {}

  /** A redirect page at {@code from} (a leading slash is added) to the absolute URL {@code to}. */
  static Page of(SiteConfig config, String from, String to) {
    return PluginPage.of(config, "redirect.html", data(from, to), "");
  }

  /** The front matter the plugin gives a redirect from {@code from} to {@code to}. */
  static Map<String, Object> data(String from, String to) {
    String path = from.isEmpty() || from.startsWith("/") ? from : "/" + from;
    Map<String, Object> redirect = new LinkedHashMap<>();
    redirect.put("from", path);
    redirect.put("to", to);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sitemap", false);
    data.put("layout", "redirect");
    data.put("permalink", path);
    data.put("redirect", redirect);
    return data;
  }

  /**
   * Whether the item is a page this plugin made ({@code JekyllRedirectFrom::RedirectPage}), which
   * Jekyll's conflict check ({@code Doctor#allow_used_permalink?}) leaves out. An item turned into
   * a redirect by {@code redirect_to} keeps its own path and is not one.
   */
  static boolean isRedirectPage(Convertible item) {
    return item instanceof Page && item.relativePath().equals("redirect.html")
        && item.data().get("redirect") instanceof Map<?, ?> r
        && String.valueOf(r.get("from")).equals(String.valueOf(item.data().get("permalink")));
  }

  /** The item turned into a redirect: this front matter, and no body of its own. */
  static Convertible replacing(Convertible item, Map<String, Object> data) {
    if (item instanceof Document d) return d.rewritten(data, "");
    return new Page(item.relativePath(), data, "", item.bodyLine());
  }

  static String from(Page page) {
    return from(page.data());
  }

  static String from(Map<String, Object> data) {
    return String.valueOf(((Map<?, ?>) data.get("redirect")).get("from"));
  }

  static String to(Page page) {
    return to(page.data());
  }

  static String to(Map<String, Object> data) {
    return String.valueOf(((Map<?, ?>) data.get("redirect")).get("to"));
  }
}

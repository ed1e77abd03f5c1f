package io.jekyll4j.plugins.redirectfrom;

import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PageView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages jekyll-redirect-from makes: a body-less page named {@code redirect.html}, placed by a
 * {@code permalink} at the path it redirects from, kept out of the sitemap, rendered by the
 * {@code redirect} layout, which reads {@code page.redirect.from} and {@code page.redirect.to}.
 */
final class RedirectPage {
  private RedirectPage() {}

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
  static boolean isRedirectPage(ItemView item) {
    return item instanceof PageView && item.relativePath().equals("redirect.html")
        && item.data().get("redirect") instanceof Map<?, ?> r
        && String.valueOf(r.get("from")).equals(String.valueOf(item.data().get("permalink")));
  }

  static String from(Map<String, Object> data) {
    return String.valueOf(((Map<?, ?>) data.get("redirect")).get("from"));
  }

  static String to(Map<String, Object> data) {
    return String.valueOf(((Map<?, ?>) data.get("redirect")).get("to"));
  }
}

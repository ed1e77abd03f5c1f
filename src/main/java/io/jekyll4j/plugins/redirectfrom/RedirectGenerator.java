package io.jekyll4j.plugins.redirectfrom;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.DocumentView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.SiteView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final GenerateContext context;
  private final ConfigView config;
  private final Map<String, String> redirects = new LinkedHashMap<>();

  private RedirectGenerator(GenerateContext context) {
    this.context = context;
    this.config = context.site().config();
  }

  /** Makes the site's redirects. */
  static void generate(GenerateContext context) {
    RedirectGenerator g = new RedirectGenerator(context);
    SiteView site = context.site();
    for (Map.Entry<String, List<DocumentView>> e : site.collections().entrySet()) {
      if (!collectionWrites(g.config, e.getKey())) continue;
      for (DocumentView d : e.getValue()) g.visit(d);
    }
    for (PageView p : site.pages()) g.visit(p);
    if (g.wantsJson(context.source())) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("layout", null);
      context.addPage("redirects.json", data, context.jsonify(g.redirects));
    }
    if (!site.layouts().contains(LAYOUT)) context.putLayout(LAYOUT, template());
  }

  /** Whether the collection {@code label} is written ({@code output}; posts are by default). */
  private static boolean collectionWrites(ConfigView config, String label) {
    Object settings = config.map("collections").get(label);
    return settings instanceof Map<?, ?> m ? Boolean.TRUE.equals(m.get("output")) : label.equals("posts");
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

  /** Makes the redirect pages of {@code item}, and turns the item into a redirect when it redirects. */
  private void visit(ItemView item) {
    String url = context.urlOf(item);
    for (String from : RedirectFields.from(item.data())) {
      Map<String, Object> data = RedirectPage.data(from, target(url));
      context.addPage("redirect.html", data, "");
      redirects.put(RedirectPage.from(data), RedirectPage.to(data));
    }
    Optional<String> to = RedirectFields.to(item.data());
    if (to.isEmpty()) return;
    Map<String, Object> data = new LinkedHashMap<>(item.data());
    Map<String, Object> own = RedirectPage.data(url, target(to.get()));
    data.putAll(own);
    redirects.put(RedirectPage.from(own), RedirectPage.to(own));
    // the item turned into a redirect: this front matter, and no body of its own
    context.update(item, data, "");
  }

  /** Where a redirect points: an http(s) URL as it is, anything else made absolute. */
  private String target(String to) {
    if (HTTP.matcher(to).find()) return to;
    return context.absoluteUrl(to);
  }

  private boolean wantsJson(Path source) {
    if (Files.exists(source.resolve("redirects.json"))) return false;
    return !Boolean.FALSE.equals(config.map("redirect_from").get("json"));
  }

}

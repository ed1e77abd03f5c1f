package io.jekyll4j.plugins.readmeindex;

import io.jekyll4j.plugins.ghpages.GhPagesSite;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.url.Router;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The jekyll-readme-index generator (0.3.0): a README (named in any case, with a Markdown
 * extension in the case {@code markdown_ext} gives) read as a static file becomes its folder's
 * index page when the folder has none; the static copy stays
 * unless {@code readme_index: {remove_originals: true}}. With {@code with_frontmatter: true} a
 * README that is already a page moves to its folder's URL the same way. Priority low: after
 * optional front matter, before the lowest-priority plugins.
 */
final class ReadmeIndex {
  static final String PLUGIN = "jekyll-readme-index";
  private static final String KEY = "readme_index";

  private final Site site;
  private final Router router;
  private final Pattern readme;
  private final List<Page> pages;
  private final List<StaticFile> statics;

  private ReadmeIndex(Site site, Router router) {
    this.site = site;
    this.router = router;
    String extensions = site.config().markdownExtensions().stream().map(Pattern::quote)
        .collect(Collectors.joining("|"));
    // the extension in the case markdown_ext gives (Ruby embeds the gem's union as its own group)
    this.readme = Pattern.compile("/readme((?-i:" + extensions + "))$", Pattern.CASE_INSENSITIVE);
    this.pages = new ArrayList<>(site.pages());
    this.statics = new ArrayList<>(site.staticFiles());
  }

  static Site generate(Site site, Router router) {
    SiteConfig config = site.config();
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled"))) return site;
    ReadmeIndex g = new ReadmeIndex(site, router);
    boolean cleanup = Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "remove_originals"));
    for (StaticFile f : site.staticFiles()) {
      if (!g.readme.matcher(f.jekyllPath()).find()) continue;
      String dir = dirname(router.url(f));
      if (g.hasIndex(dir)) continue;
      Map<String, Object> own = new LinkedHashMap<>();
      own.put("permalink", dir + "/");
      g.pages.add(GhPagesSite.pageOf(config, f, own));
      if (cleanup) g.statics.remove(f);
    }
    if (Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "with_frontmatter"))) {
      for (int i = 0; i < g.pages.size(); i++) {
        Page p = g.pages.get(i);
        if (!g.readme.matcher("/" + p.relativePath()).find()) continue;
        String dir = dirname(router.url(p));
        if (g.hasIndex(dir)) continue;
        Map<String, Object> data = new LinkedHashMap<>(p.data());
        data.put("permalink", dir + "/");
        g.pages.set(i, new Page(p.relativePath(), data, p.body(), p.bodyLine()));
      }
    }
    return GhPagesSite.with(site, g.pages, site.collections(), g.statics);
  }

  /**
   * The gem's test: a page or static file has the folder's URL or is an index file in it (the
   * folder matched in any case, the index name as written, as Ruby embeds the gem's pattern).
   */
  private boolean hasIndex(String dir) {
    String folder = dir.endsWith("/") ? dir : dir + "/";
    Pattern index = Pattern.compile("^" + Pattern.quote(folder) + "(?-i:$|index\\.(html?|xhtml|xml)$)",
        Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
    for (Page p : pages) {
      if (index.matcher(router.url(p)).find()) return true;
    }
    for (StaticFile f : statics) {
      if (index.matcher(router.url(f)).find()) return true;
    }
    return false;
  }

  /** Ruby's {@code File.dirname} of a URL path. */
  private static String dirname(String url) {
    String u = url.length() > 1 && url.endsWith("/") ? url.replaceAll("/+$", "") : url;
    int slash = u.lastIndexOf('/');
    if (slash < 0) return ".";
    return slash == 0 ? "/" : u.substring(0, slash);
  }
}

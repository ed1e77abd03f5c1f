package io.jekyll4j.plugins.readmeindex;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.PageView;
import io.jekyll4j.plugin.StaticFileView;
import io.jekyll4j.plugins.ghpages.GhPagesSite;
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

  private final GenerateContext context;
  private final Pattern readme;

  private ReadmeIndex(GenerateContext context) {
    this.context = context;
    String extensions = context.site().config().markdownExtensions().stream().map(Pattern::quote)
        .collect(Collectors.joining("|"));
    // the extension in the case markdown_ext gives (Ruby embeds the gem's union as its own group)
    this.readme = Pattern.compile("/readme((?-i:" + extensions + "))$", Pattern.CASE_INSENSITIVE);
  }

  static void generate(GenerateContext context) {
    ConfigView config = context.site().config();
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled"))) return;
    ReadmeIndex g = new ReadmeIndex(context);
    boolean cleanup = Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "remove_originals"));
    for (StaticFileView f : context.site().staticFiles()) {
      if (!g.readme.matcher(f.path()).find()) continue;
      String dir = dirname(context.urlOf(f));
      if (g.hasIndex(dir)) continue;
      Map<String, Object> own = new LinkedHashMap<>();
      own.put("permalink", dir + "/");
      GhPagesSite.pageOf(context, f, own);
      if (cleanup) context.removeStaticFile(f);
    }
    if (Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "with_frontmatter"))) {
      List<PageView> pages = context.site().pages();
      for (PageView p : pages) {
        if (!g.readme.matcher("/" + p.relativePath()).find()) continue;
        String dir = dirname(context.urlOf(p));
        if (g.hasIndex(dir)) continue;
        Map<String, Object> data = new LinkedHashMap<>(p.data());
        data.put("permalink", dir + "/");
        context.update(p, data, p.body());
      }
    }
  }

  /**
   * The gem's test: a page or static file has the folder's URL or is an index file in it (the
   * folder matched in any case, the index name as written, as Ruby embeds the gem's pattern).
   */
  private boolean hasIndex(String dir) {
    String folder = dir.endsWith("/") ? dir : dir + "/";
    Pattern index = Pattern.compile("^" + Pattern.quote(folder) + "(?-i:$|index\\.(html?|xhtml|xml)$)",
        Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
    for (PageView p : context.site().pages()) {
      if (index.matcher(context.urlOf(p)).find()) return true;
    }
    for (StaticFileView f : context.site().staticFiles()) {
      if (index.matcher(context.urlOf(f)).find()) return true;
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

package io.jekyll4j.plugins.optionalfrontmatter;

import io.jekyll4j.plugins.ghpages.GhPagesSite;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The jekyll-optional-front-matter generator (0.3.2): Markdown files read as static files (no
 * front matter), a collection's among them, become pages too, except README, LICENSE and the
 * other repository files the gem names, unless {@code include} lists them. The static copy is
 * still written beside the page unless {@code optional_front_matter: {remove_originals: true}}.
 * Off with {@code enabled: false} or {@code require_front_matter}. Priority normal: runs before
 * the other GitHub Pages plugins.
 */
final class OptionalFrontMatter {
  static final String PLUGIN = "jekyll-optional-front-matter";
  private static final String KEY = "optional_front_matter";
  private static final Set<String> EXCLUDED = Set.of("README", "LICENSE", "LICENCE", "COPYING",
      "CODE_OF_CONDUCT", "CONTRIBUTING", "ISSUE_TEMPLATE", "PULL_REQUEST_TEMPLATE");

  private OptionalFrontMatter() {}

  static Site generate(Site site) {
    SiteConfig config = site.config();
    boolean requireFrontMatter = isTrue(config.get("require_front_matter"));
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled")) || requireFrontMatter) return site;
    boolean cleanup = Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "remove_originals"));
    List<Page> pages = new ArrayList<>(site.pages());
    List<StaticFile> statics = new ArrayList<>(site.staticFiles());
    for (StaticFile f : site.staticFiles()) {
      if (!GhPagesSite.markdown(config, f.extension())) continue;
      if (excluded(config, f)) continue;
      pages.add(GhPagesSite.pageOf(config, f, Map.of()));
      if (cleanup) statics.remove(f);
    }
    return GhPagesSite.with(site, pages, site.collections(), statics);
  }

  private static boolean excluded(SiteConfig config, StaticFile f) {
    String path = f.collection().isEmpty() ? f.relativePath() : f.jekyllPath();
    if (included(config.list("include"), path)) return false;
    return EXCLUDED.contains(f.basename().toUpperCase(Locale.ROOT));
  }

  /** Jekyll's {@code EntryFilter#included?}: the path or its name matches an {@code include} pattern. */
  private static boolean included(List<String> patterns, String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    for (String p : patterns) {
      // Ruby's test also takes a path the pattern is a prefix of
      if (p.isEmpty() || relativePath.startsWith(p) || name.startsWith(p)) return true;
      try {
        var glob = FileSystems.getDefault().getPathMatcher("glob:" + p);
        if (glob.matches(Path.of(relativePath)) || glob.matches(Path.of(name))) return true;
      } catch (IllegalArgumentException notAGlob) {
        // a pattern Java cannot read as a glob only matches as a prefix
      }
    }
    return false;
  }

  private static boolean isTrue(Object v) {
    return v != null && !Boolean.FALSE.equals(v);
  }
}

package io.jekyll4j.plugins.optionalfrontmatter;

import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.StaticFileView;
import io.jekyll4j.plugins.ghpages.GhPagesSite;
import java.nio.file.FileSystems;
import java.nio.file.Path;
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

  static void generate(GenerateContext context) {
    ConfigView config = context.site().config();
    boolean requireFrontMatter = isTrue(config.get("require_front_matter"));
    if (Boolean.FALSE.equals(GhPagesSite.option(config, KEY, "enabled")) || requireFrontMatter) return;
    boolean cleanup = Boolean.TRUE.equals(GhPagesSite.option(config, KEY, "remove_originals"));
    for (StaticFileView f : context.site().staticFiles()) {
      if (!GhPagesSite.markdown(config, f.extension())) continue;
      if (excluded(config, f)) continue;
      GhPagesSite.pageOf(context, f, Map.of());
      if (cleanup) context.removeStaticFile(f);
    }
  }

  private static boolean excluded(ConfigView config, StaticFileView f) {
    String path = f.collection().isEmpty() ? f.relativePath() : f.path();
    if (included(config.list("include"), path)) return false;
    String name = f.relativePath().substring(f.relativePath().lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String basename = dot < 0 ? name : name.substring(0, dot);
    return EXCLUDED.contains(basename.toUpperCase(Locale.ROOT));
  }

  /** Jekyll's {@code EntryFilter#included?}: the path or its name matches an {@code include} pattern. */
  private static boolean included(List<Object> patterns, String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    for (Object o : patterns) {
      if (o == null) continue;
      String p = String.valueOf(o);
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

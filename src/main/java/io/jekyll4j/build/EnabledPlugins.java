package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.source.Theme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plugins that run in a build: those the site's {@code plugins} lists, and, as Jekyll's
 * {@code PluginManager#require_theme_deps} requires them, the gem-based theme's runtime
 * dependencies that jekyll4j has built in. The one answer the generators and Liquid's plugin
 * tags ask.
 */
record EnabledPlugins(Set<String> names) {
  /** The plugins jekyll4j implements itself. */
  static final Set<String> BUILT_IN =
      Set.of(FeedGenerator.PLUGIN, SitemapGenerator.PLUGIN, Paginator.PLUGIN, "jekyll-seo-tag",
          RedirectGenerator.PLUGIN, "jekyll-include-cache",
          "jekyll-gist", "jekyll-mentions", "jekyll-avatar", ArchiveGenerator.PLUGIN, OptionalFrontMatter.PLUGIN,
          ReadmeIndex.PLUGIN, DefaultLayout.PLUGIN, TitlesFromHeadings.PLUGIN, RelativeLinks.PLUGIN,
          io.jekyll4j.plugins.githubmetadata.GitHubMetadata.PLUGIN, io.jekyll4j.plugins.jemoji.Jemoji.PLUGIN);

  EnabledPlugins {
    names = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }

  static EnabledPlugins of(SiteConfig config, Optional<Theme> theme) {
    Set<String> names = new LinkedHashSet<>();
    config.list("plugins").forEach(p -> names.add(String.valueOf(p)));
    theme.ifPresent(t -> t.runtimeDependencies().stream().filter(BUILT_IN::contains).forEach(names::add));
    return new EnabledPlugins(names);
  }

  /**
   * Whether a rebuild must render the whole site: these plugins make one file's edit change other
   * outputs in ways the dependency recording does not see (archive listings, titles and links
   * taken from other files).
   */
  boolean rebuildsEverything() {
    return GhPagesGenerators.needFullBuild(this) || has(ArchiveGenerator.PLUGIN);
  }

  boolean has(String name) {
    return names.contains(name);
  }

  List<String> list() {
    return List.copyOf(names);
  }
}

package io.jekyll4j.build;

import io.jekyll4j.content.Site;
import io.jekyll4j.url.Router;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The GitHub Pages content plugins that run after jekyll-redirect-from, in Jekyll's priority
 * order: readme index (low), then default layout, titles from headings and relative links
 * (lowest, before the pagination, feed and sitemap generators). Also says when a rebuild must be
 * a full build: these plugins make one file's edit change other outputs (a page's title, a link's
 * target, which file is a folder's index).
 */
final class GhPagesGenerators {
  /** Every GitHub Pages content plugin jekyll4j implements. */
  static final List<String> PLUGINS = List.of(OptionalFrontMatter.PLUGIN, ReadmeIndex.PLUGIN,
      DefaultLayout.PLUGIN, TitlesFromHeadings.PLUGIN, RelativeLinks.PLUGIN);

  private GhPagesGenerators() {}

  static Site generate(EnabledPlugins plugins, Site site, Router router, boolean future,
      UnaryOperator<String> markdownify) {
    Site s = ReadmeIndex.generate(plugins, site, router);
    s = DefaultLayout.generate(plugins, s, router);
    s = TitlesFromHeadings.generate(plugins, s, future, markdownify);
    return RelativeLinks.generate(plugins, s, router, future);
  }

  /** Whether a {@code serve} rebuild must render everything again. */
  static boolean needFullBuild(EnabledPlugins plugins) {
    return PLUGINS.stream().anyMatch(plugins::has);
  }
}

package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.plugin.Plugin;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A plugin shipped with jekyll4j that completes the site's configuration once it is read, before
 * anything else sees it (jekyll-github-metadata's {@code site.github} and its {@code title},
 * {@code url} and {@code baseurl} fallbacks). The public API has no such moment: there, the
 * configuration is read-only.
 */
public interface SiteConfigurer extends Plugin {
  /**
   * The configuration this plugin makes of {@code config}; {@code environment} is {@code
   * JEKYLL_ENV}, {@code env} the process environment, {@code warn} prints Jekyll's warnings.
   */
  SiteConfig configure(SiteConfig config, String environment, Map<String, String> env, Path source,
      Consumer<String> warn);
}

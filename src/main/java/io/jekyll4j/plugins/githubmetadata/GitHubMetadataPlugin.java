package io.jekyll4j.plugins.githubmetadata;

import io.jekyll4j.build.SiteConfigurer;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.liquid.LiquidExtension;
import io.jekyll4j.plugin.Reads;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code plugins: [jekyll-github-metadata]}: {@code site.github} and the {@code title}, {@code
 * url} and {@code baseurl} fallbacks, computed offline when the configuration is read ({@link
 * GitHubMetadata}), and the {@code github_edit_link} tag ({@link EditLinkTag}).
 */
public final class GitHubMetadataPlugin implements SiteConfigurer, LiquidExtension {
  @Override
  public String name() {
    return GitHubMetadata.PLUGIN;
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public SiteConfig configure(SiteConfig config, String environment, Map<String, String> env, Path source,
      Consumer<String> warn) {
    return GitHubMetadata.apply(config, environment, env, source, warn);
  }

  @Override
  public void extend(Registry r) {
    r.tag(EditLinkTag.NAME, new EditLinkTag(r.warnings()));
  }
}

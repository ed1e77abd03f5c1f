package io.jekyll4j.plugins.githubmetadata;

import io.jekyll4j.plugin.LiquidTag;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.SiteHooks;
import io.jekyll4j.plugin.SiteInit;
import io.jekyll4j.plugin.TagContext;
import java.util.Map;

/**
 * {@code plugins: [jekyll-github-metadata]}: {@code site.github} and the {@code title}, {@code
 * url} and {@code baseurl} fallbacks, computed offline in the gem's own {@code :after_init} hook
 * ({@link GitHubMetadata}), and the {@code github_edit_link} tag ({@link EditLink}).
 */
public final class GitHubMetadataPlugin implements SiteHooks, LiquidTag {
  @Override
  public String name() {
    return GitHubMetadata.PLUGIN;
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void afterInit(SiteInit site) {
    Map<String, Object> before = site.config().asMap();
    Map<String, Object> after = GitHubMetadata.apply(before, site.environment(), site.env(), site.source(),
        site::warn);
    after.forEach((k, v) -> {
      if (!before.containsKey(k) || !java.util.Objects.equals(before.get(k), v)) site.set(k, v);
    });
  }

  @Override
  public String tagName() {
    return EditLink.NAME;
  }

  @Override
  public String render(String markup, TagContext context) {
    return EditLink.render(markup, context);
  }
}

package io.jekyll4j.plugins.mentions;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Views;
import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.HookOwner;
import io.jekyll4j.plugin.ItemHooks;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.SiteHooks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * jekyll-mentions as Jekyll registers it: a {@code :post_render} hook on pages and documents
 * (see {@link Mentions}), which reads the site's config when the build starts.
 */
public final class MentionsPlugin implements ItemHooks, SiteHooks {
  private volatile SiteConfig config = new SiteConfig(java.util.Map.of(), List.of());

  @Override
  public String name() {
    return Mentions.PLUGIN;
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public Set<HookOwner> owners() {
    return EnumSet.of(HookOwner.PAGES, HookOwner.DOCUMENTS);
  }

  @Override
  public void afterReset(ConfigView site) {
    config = new SiteConfig(new java.util.LinkedHashMap<>(site.asMap()), List.of());
  }

  @Override
  public String postRender(ItemView item, String output) {
    return Views.unwrap(item)
        .map(c -> new Mentions(config, x -> item.outputExt(), d -> item.written()).apply(c, output))
        .orElse(output);
  }
}

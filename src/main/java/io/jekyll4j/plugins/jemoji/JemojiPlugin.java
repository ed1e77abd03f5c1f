package io.jekyll4j.plugins.jemoji;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Views;
import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.HookOwner;
import io.jekyll4j.plugin.ItemHooks;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.Reads;
import io.jekyll4j.plugin.SiteHooks;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * jemoji as the gem registers it: a {@code :post_render} hook on pages and documents ({@link
 * Jemoji}), whose image host comes from the site's config ({@code emoji.src}) or the
 * environment ({@code ASSET_HOST_URL}) when the build starts.
 */
public final class JemojiPlugin implements ItemHooks, SiteHooks {
  private volatile String src = Jemoji.DEFAULT_HOST + Jemoji.ASSET_PATH;

  @Override
  public String name() {
    return Jemoji.PLUGIN;
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
    src = Jemoji.src(new SiteConfig(new LinkedHashMap<>(site.asMap()), List.of()), System.getenv());
  }

  @Override
  public String postRender(ItemView item, String output) {
    return Views.unwrap(item)
        .map(c -> new Jemoji(src, EmojiNames.files(), x -> item.outputExt(), d -> item.written()).apply(c, output))
        .orElse(output);
  }
}

package io.jekyll4j.plugins.jemoji;

import io.jekyll4j.plugin.HookContext;
import io.jekyll4j.plugin.HookOwner;
import io.jekyll4j.plugin.ItemHooks;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.Reads;
import java.util.Set;

/**
 * jemoji as the gem registers it: a {@code :post_render} hook on pages and documents ({@link
 * Jemoji}), whose image host comes from the site's config ({@code emoji.src}) or the
 * environment ({@code ASSET_HOST_URL}).
 */
public final class JemojiPlugin implements ItemHooks {
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
    return Set.of(HookOwner.PAGES, HookOwner.DOCUMENTS);
  }

  @Override
  public String postRender(ItemView item, String output, HookContext context) {
    return new Jemoji(Jemoji.src(context.config(), System.getenv()), EmojiNames.files()).apply(item, output, context);
  }
}

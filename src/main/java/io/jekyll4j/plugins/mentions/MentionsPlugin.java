package io.jekyll4j.plugins.mentions;

import io.jekyll4j.plugin.HookContext;
import io.jekyll4j.plugin.HookOwner;
import io.jekyll4j.plugin.ItemHooks;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.Reads;
import java.util.Set;

/**
 * jekyll-mentions as Jekyll registers it: a {@code :post_render} hook on pages and documents
 * (see {@link Mentions}).
 */
public final class MentionsPlugin implements ItemHooks {
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
    return Set.of(HookOwner.PAGES, HookOwner.DOCUMENTS);
  }

  @Override
  public String postRender(ItemView item, String output, HookContext context) {
    return Mentions.apply(item, output, context);
  }
}

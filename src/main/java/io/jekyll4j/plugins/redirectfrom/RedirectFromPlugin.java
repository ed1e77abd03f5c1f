package io.jekyll4j.plugins.redirectfrom;

import io.jekyll4j.plugin.GenerateContext;
import io.jekyll4j.plugin.Generator;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.Priority;
import io.jekyll4j.plugin.Reads;

/** The {@code jekyll-redirect-from} plugin ({@code plugins: [jekyll-redirect-from]}). */
public final class RedirectFromPlugin implements Generator {
  @Override
  public String name() {
    return "jekyll-redirect-from";
  }

  @Override
  public Priority priority() {
    return Priority.NORMAL;
  }

  @Override
  public Reads reads() {
    return Reads.nothing();
  }

  @Override
  public void generate(GenerateContext context) {
    RedirectGenerator.generate(context);
  }

  @Override
  public boolean allowsUsedPermalink(ItemView item) {
    return RedirectPage.isRedirectPage(item);
  }
}

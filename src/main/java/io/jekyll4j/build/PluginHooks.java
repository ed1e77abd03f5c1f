package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.Views;
import io.jekyll4j.plugin.ConfigView;
import io.jekyll4j.plugin.HookContext;
import io.jekyll4j.plugin.HookOwner;
import io.jekyll4j.plugin.ItemHooks;
import io.jekyll4j.plugin.ItemView;
import io.jekyll4j.plugin.Plugin;
import io.jekyll4j.plugin.SiteHooks;
import io.jekyll4j.plugin.SiteInit;
import io.jekyll4j.render.RenderHooks;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Calls the plugins' hooks ({@link SiteHooks}, {@link ItemHooks}) at Jekyll's moments of one
 * build; a hook's exception becomes a build error naming the plugin and the file.
 */
final class PluginHooks {
  private final List<SiteHooks> site;
  private final List<ItemHooks> items;
  /** Each owner's hooks in priority order, sorted once: rendering asks for them per item and event. */
  private final Map<HookOwner, List<ItemHooks>> byOwner = new java.util.concurrent.ConcurrentHashMap<>();
  private final Path source;
  private Views views;

  PluginHooks(Plugins plugins, Path source) {
    this.site = plugins.siteHooks();
    this.items = plugins.itemHooks();
    this.source = source;
    this.views = new Views(source, Convertible::extension, c -> true);
  }

  /**
   * {@code :after_init} then {@code :after_reset}: the configuration the build goes on with, as
   * the hooks completed it ({@link SiteInit#set}).
   */
  SiteConfig afterInit(SiteConfig config, String environment, Consumer<String> warnings) {
    if (site.isEmpty()) return config;
    Map<String, Object> raw = new LinkedHashMap<>(config.raw());
    SiteConfig[] current = {config};
    SiteInit init = new SiteInit() {
      @Override
      public ConfigView config() {
        return Views.config(current[0]);
      }

      @Override
      public void set(String key, Object value) {
        raw.put(key, value);
        current[0] = new SiteConfig(new LinkedHashMap<>(raw), config.files());
      }

      @Override
      public Path source() {
        return source;
      }

      @Override
      public String environment() {
        return environment;
      }

      @Override
      public Map<String, String> env() {
        return System.getenv();
      }

      @Override
      public void warn(String message) {
        warnings.accept(message);
      }
    };
    for (SiteHooks h : site) run(h, "_config.yml", () -> h.afterInit(init));
    ConfigView view = Views.config(current[0]);
    for (SiteHooks h : site) run(h, "_config.yml", () -> h.afterReset(view));
    return current[0];
  }

  void postRead(Site s) {
    for (SiteHooks h : site) run(h, "(site)", () -> h.postRead(views.site(s)));
  }

  /** The {@code :pre_render} payload additions, for every item's render. */
  Map<String, Object> preRender(Site s) {
    if (site.isEmpty()) return Map.of();
    Map<String, Object> payload = new LinkedHashMap<>();
    for (SiteHooks h : site) run(h, "(site)", () -> h.preRender(views.site(s), payload));
    return Collections.unmodifiableMap(payload);
  }

  void postRender(Site s) {
    for (SiteHooks h : site) run(h, "(site)", () -> h.postRender(views.site(s)));
  }

  void postWrite(Site s, Path destination) {
    for (SiteHooks h : site) run(h, "(site)", () -> h.postWrite(views.site(s), destination));
    for (Convertible c : s.convertibles()) {
      for (ItemHooks h : itemHooksOf(c)) run(h, c.relativePath(), () -> h.postWrite(views.item(c)));
    }
  }

  /** {@code :post_init} for every page and document of the generated site. */
  void postInit(Site s) {
    if (items.isEmpty()) return;
    for (Convertible c : s.convertibles()) {
      for (ItemHooks h : itemHooksOf(c)) run(h, c.relativePath(), () -> h.postInit(views.item(c)));
    }
  }

  /** The item hooks for rendering, with items' output extensions and writing as the build decides. */
  RenderHooks forItems(SiteConfig config, Function<Convertible, String> outputExt, Predicate<Document> writes) {
    this.views = new Views(source, outputExt, c -> !(c instanceof Document d) || writes.test(d));
    if (items.isEmpty()) return RenderHooks.NONE;
    Views v = views;
    ConfigView configView = Views.config(config);
    HookContext context = new HookContext() {
      @Override
      public ConfigView config() {
        return configView;
      }

      @Override
      public String rewriteHtmlText(String html, java.util.Set<String> ignored,
          java.util.function.UnaryOperator<String> rewrite) {
        return io.jekyll4j.render.HtmlFragment.rewriteText(html, ignored, rewrite);
      }
    };
    return new RenderHooks() {
      @Override
      public void preRender(Convertible item, Map<String, Object> payload) {
        ItemView view = v.item(item);
        for (ItemHooks h : itemHooksOf(item)) run(h, item.relativePath(), () -> h.preRender(view, payload));
      }

      @Override
      public String postConvert(Convertible item, String content) {
        String out = content;
        for (ItemHooks h : itemHooksOf(item)) out = call(h, item, out, true);
        return out;
      }

      @Override
      public String postRender(Convertible item, String output) {
        String out = output;
        for (ItemHooks h : itemHooksOf(item)) out = call(h, item, out, false);
        return out;
      }

      private String call(ItemHooks h, Convertible item, String text, boolean convert) {
        try {
          String r = convert ? h.postConvert(v.item(item), text) : h.postRender(v.item(item), text, context);
          return r == null ? "" : r;
        } catch (RuntimeException e) {
          throw PluginFailure.of(h, item.relativePath(), e);
        }
      }
    };
  }

  /**
   * The hooks to call for the item, in Jekyll's order ({@code Document#trigger_hooks}): a document
   * fires the hooks of its collection's label ({@code :posts} for a post, {@code :recipes} for a
   * recipe), then the {@code :documents} hooks (a hook registered for both runs twice, as in
   * Jekyll); a page fires the {@code :pages} hooks. Within one owner, hooks run by priority, then
   * load order.
   */
  private List<ItemHooks> itemHooksOf(Convertible c) {
    if (items.isEmpty()) return List.of();
    List<ItemHooks> out = new java.util.ArrayList<>();
    if (c instanceof Document d) {
      out.addAll(owning(HookOwner.collection(d.collection())));
      out.addAll(owning(HookOwner.DOCUMENTS));
    } else {
      out.addAll(owning(HookOwner.PAGES));
    }
    return out;
  }

  private List<ItemHooks> owning(HookOwner owner) {
    return byOwner.computeIfAbsent(owner, o -> {
      List<ItemHooks> out = new java.util.ArrayList<>();
      for (ItemHooks h : items) if (h.owners().contains(o)) out.add(h);
      out.sort(java.util.Comparator.comparingInt((ItemHooks h) -> -h.priority().value()));
      return List.copyOf(out);
    });
  }

  private static void run(Plugin p, String file, Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      throw PluginFailure.of(p, file, e);
    }
  }
}

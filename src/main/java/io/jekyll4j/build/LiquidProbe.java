package io.jekyll4j.build;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Dates;
import io.jekyll4j.content.Page;
import io.jekyll4j.content.Site;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import io.jekyll4j.liquid.drop.Drops;
import io.jekyll4j.render.ItemRenderer;
import io.jekyll4j.render.OrderedRender;
import io.jekyll4j.source.SiteReader;
import io.jekyll4j.url.Router;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a Liquid template as a page of a real site without writing anything: the site is read,
 * linked and rendered as a build would, then each probe renders as {@code page.html} at the root
 * with no layout. Exists so Liquid behaviour can be checked against Jekyll case by case, where a
 * failing page must not stop the others.
 */
public final class LiquidProbe implements AutoCloseable {
  private static final Set<String> RESERVED =
      Set.of("site", "page", "layout", "content", "paginator", "jekyll", "theme",
          "highlighter_prefix", "highlighter_suffix");

  private final SiteConverters converters;
  private final ItemRenderer renderer;
  private final Diagnostics diagnostics = new Diagnostics();

  /** Reads and renders the site at {@code source}, with {@code overrides} deep-merged over its config. */
  public LiquidProbe(Path source, Map<String, Object> overrides, String environment) {
    Path src = source.toAbsolutePath().normalize();
    SiteConfig config = ConfigLoader.load(src, List.of(), overrides);
    ZonedDateTime time =
        Dates.toZoned(config.get("time"), config.zone()).orElseGet(() -> ZonedDateTime.now(config.zone()));
    Site read =
        new SiteReader(src, config, new SiteReader.ReadOptions(false, false, false), time, diagnostics).read();
    this.converters = new SiteConverters(src, config);
    Router router = new Router(config, converters::outputExtension);
    Plugins plugins = Plugins.select(config, java.util.Optional.empty(), src, LiquidProbe.class.getClassLoader());
    Site site = Pipeline.generate(plugins, read,
        new GenerateServices(src, environment, false, router, converters::markdownify, diagnostics));
    for (Convertible item : site.convertibles()) item.setUrl(router.url(item));
    LiquidEngine liquid = new LiquidEngine(Pipeline.liquidSettings(
        config, new IncludeFiles(src, io.jekyll4j.config.SourcePath.relative(src, config.string("includes_dir", "_includes"))), converters, diagnostics, src),
        plugins.liquid(new io.jekyll4j.content.Views(src, c -> converters.outputExtension(c.extension()), c -> true)::site));
    Map<String, Object> jekyll = new LinkedHashMap<>();
    jekyll.put("version", "4.3.1");
    jekyll.put("environment", environment);
    Drops drops = new Drops(site, Map.of()).withOutputExtensions(router::outputExt);
    this.renderer = new ItemRenderer(site, liquid, converters, drops, jekyll, diagnostics, src, null);
    site.documents().forEach(renderer::prepareExcerpt);
    OrderedRender order = new OrderedRender(site.convertibles());
    drops.withView(order);
    order.run(renderer::render, 1);
  }

  /** Warnings the engine logged so far (Liquid lax-parse warnings among them). */
  public List<String> warnings() {
    return diagnostics.warnings();
  }

  /**
   * Renders {@code template} as {@code page.html} at the site root with front matter {@code
   * layout: null} plus {@code context}, whose keys are also top-level variables.
   */
  public String render(String template, Map<String, Object> context) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("layout", null);
    data.putAll(context);
    Page page = new Page("page.html", data, template, 1);
    page.setUrl("/page.html");
    Map<String, Object> globals = new LinkedHashMap<>();
    context.forEach((k, v) -> { if (!RESERVED.contains(k)) globals.put(k, v); });
    renderer.render(page, globals);
    return page.output();
  }

  @Override
  public void close() {
    converters.close();
  }
}

package io.jekyll4j.liquid.tag;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Site;
import io.jekyll4j.liquid.IncludeSource;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import io.jekyll4j.liquid.drop.Drops;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A site without files whose Liquid has the given plugins, for rendering one plugin tag. */
public final class PluginTagSite {
  private final LiquidEngine engine;
  private final Site site;

  public PluginTagSite(List<String> plugins, Map<String, Object> config, Consumer<String> warnings) {
    IncludeSource none = new IncludeSource() {
      @Override
      public Optional<Found> include(String name) {
        return Optional.empty();
      }

      @Override
      public Optional<Found> relative(String dir, String name) {
        return Optional.empty();
      }
    };
    engine = new LiquidEngine(new LiquidSettings(false, false, "warn", ZoneOffset.UTC,
        none, s -> s, s -> s, (s, syntax) -> s, warnings, plugins));
    site = new Site(new SiteConfig(config, List.of()), ZonedDateTime.now(ZoneOffset.UTC),
        List.of(), Map.of(), List.of(), Map.of(), Map.of());
  }

  /** The template rendered with {@code site} and these other variables. */
  public String render(String template, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put("site", new Drops(site, Map.of()).siteDrop());
    return engine.render("index.html", template, 1, all);
  }
}

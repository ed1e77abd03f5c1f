package io.jekyll4j.build;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.content.Convertible;
import io.jekyll4j.content.Dates;
import io.jekyll4j.content.Document;
import io.jekyll4j.content.Site;
import io.jekyll4j.content.StaticFile;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.diag.SourceLocation;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import io.jekyll4j.liquid.drop.Drops;
import io.jekyll4j.render.ItemRenderer;
import io.jekyll4j.render.OrderedRender;
import io.jekyll4j.render.RenderProfile;
import io.jekyll4j.source.SiteReader;
import io.jekyll4j.url.Router;
import io.jekyll4j.url.UrlConflicts;
import io.jekyll4j.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole build, in Jekyll's order: configure, read, generate, link, render (documents, then
 * pages), write. The only class that knows that order. A pipeline lives as long as a {@code
 * build} or {@code serve} run; it remembers the previous build's output hashes so that a
 * rebuild can say which outputs changed.
 */
public final class Pipeline {
  private final BuildOptions options;
  private Map<String, String> previousHashes = Map.of();
  private Site lastSite;
  private RenderProfile profile;

  public Pipeline(BuildOptions options) {
    this.options = options;
  }

  public BuildOptions options() {
    return options;
  }

  /** Keeps a per-template Liquid profile ({@code --profile}) for the following builds. */
  public Pipeline profiled(RenderProfile profile) {
    this.profile = profile;
    return this;
  }

  /** The site read by the last successful build, if any. */
  public java.util.Optional<Site> lastSite() {
    return java.util.Optional.ofNullable(lastSite);
  }

  /** Builds the whole site into the destination (atomically). */
  public BuildResult build() {
    long t0 = System.nanoTime();
    Map<String, Duration> phases = new LinkedHashMap<>();
    Diagnostics diagnostics = new Diagnostics();
    Path source = options.source().toAbsolutePath().normalize();
    Path destination = options.destination().toAbsolutePath().normalize();
    if (source.startsWith(destination)) {
      throw new BuildException(
          SourceLocation.of(destination.toString()),
          "Destination directory cannot be or contain the Source directory.");
    }
    long t = System.nanoTime();
    Map<String, Object> overrides = new LinkedHashMap<>(options.overrides());
    overrides.put("source", source.toString());
    overrides.put("destination", destination.toString());
    SiteConfig config = ConfigLoader.load(source, options.configFiles(), overrides);
    ZonedDateTime time = siteTime(config);
    phases.put("configure", since(t));

    t = System.nanoTime();
    Site site =
        new SiteReader(
                source, config,
                new SiteReader.ReadOptions(
                    options.drafts() || config.bool("show_drafts"),
                    options.future() || config.bool("future"),
                    options.unpublished() || config.bool("unpublished")),
                time, diagnostics)
            .read();
    phases.put("read", since(t));
    boolean future = options.future() || config.bool("future");

    try (SiteConverters converters = new SiteConverters(source, config)) {
      Router router = new Router(config, converters::outputExtension);
      t = System.nanoTime();
      site = Paginator.generate(site, router::url, diagnostics);
      phases.put("generate", since(t));

      t = System.nanoTime();
      Map<String, SiteWriter.Output> outputs = new TreeMap<>();
      for (Convertible item : site.convertibles()) item.setUrl(router.url(item));
      phases.put("link", since(t));

      t = System.nanoTime();
      LiquidEngine liquid = new LiquidEngine(liquidSettings(config, source, converters, diagnostics));
      Drops drops = new Drops(site, Map.of());
      Map<String, Object> jekyll = new LinkedHashMap<>();
      jekyll.put("version", "4.3.1");
      jekyll.put("environment", options.environment());
      ItemRenderer renderer =
          new ItemRenderer(site, liquid, converters, drops, jekyll, diagnostics, source, profile);
      site.documents().forEach(renderer::prepareExcerpt);
      OrderedRender order = new OrderedRender(site.convertibles());
      drops.withView(order);
      order.run(renderer::render, renderThreads());
      phases.put("render", since(t));

      t = System.nanoTime();
      // Jekyll's each_site_file order: pages, static files, documents; a later writer wins.
      UrlConflicts conflicts = new UrlConflicts();
      for (Convertible item : site.pages()) {
        addOutput(outputs, conflicts, item, router, converters, destination, source);
      }
      for (StaticFile f : site.staticFiles()) {
        if (!f.collection().isEmpty() && !collectionWrites(config, f.collection())) continue;
        String path = Router.outputPath(router.url(f), f.extension(), false);
        conflicts.claim(destination.resolve(path).toString(), f.file().toAbsolutePath().toString());
        outputs.put(path, SiteWriter.Output.copy(f.file()));
      }
      for (Document d : site.documents()) {
        if (writes(config, d, future, time)) addOutput(outputs, conflicts, d, router, converters, destination, source);
      }
      conflicts.warnings().forEach(diagnostics::warn);
      new SiteWriter(destination, config.list("keep_files")).writeAll(outputs);
      phases.put("write", since(t));

      Map<String, String> hashes = hashes(outputs);
      Set<String> changed = new HashSet<>();
      hashes.forEach((k, v) -> { if (!v.equals(previousHashes.get(k))) changed.add(k); });
      previousHashes.keySet().stream().filter(k -> !hashes.containsKey(k)).forEach(changed::add);
      previousHashes = hashes;
      lastSite = site;
      return new BuildResult(hashes, changed, diagnostics.warnings(), phases, since(t0));
    }
  }

  /** The Liquid engine's settings for this site's config. */
  static LiquidSettings liquidSettings(
      SiteConfig config, Path source, SiteConverters converters, Diagnostics diagnostics) {
    Map<String, Object> liquid = config.map("liquid");
    return new LiquidSettings(
        liquid.getOrDefault("strict_variables", false).equals(true),
        liquid.getOrDefault("strict_filters", false).equals(true),
        String.valueOf(liquid.getOrDefault("error_mode", "warn")),
        config.zone(),
        new IncludeFiles(source, config.string("includes_dir", "_includes")),
        converters::markdownify,
        converters::smartify,
        // sassify/scssify give the CSS alone, without the source-map comment a stylesheet gets
        (text, syntax) -> converters.convert("." + syntax, text, syntax + "ify", source)
            .replaceFirst("\\s*/\\*# sourceMappingURL=[^*]*\\*/\\s*$", "\n"),
        diagnostics::warn);
  }

  /** Jekyll's {@code Document#write?}: the collection writes, and the document is not future. */
  private static boolean writes(SiteConfig config, Document d, boolean future, ZonedDateTime time) {
    if (!future && d.date().toEpochSecond() > time.toEpochSecond()) return false;
    return collectionWrites(config, d.collection());
  }

  private static boolean collectionWrites(SiteConfig config, String label) {
    return config.collection(label).map(m -> Boolean.TRUE.equals(m.get("output"))).orElse(label.equals("posts"));
  }

  private static void addOutput(
      Map<String, SiteWriter.Output> outputs, UrlConflicts conflicts, Convertible item, Router router,
      SiteConverters converters, Path destination, Path source) {
    String path = Router.outputPath(item.url(), router.outputExt(item), item instanceof Document);
    // As Jekyll names them: a page by its relative path, a document by its full path.
    String name = item instanceof Document ? source.resolve(item.relativePath()).toString() : item.relativePath();
    conflicts.claim(destination.resolve(path).toString(), name);
    outputs.put(path, SiteWriter.Output.of(item.output().getBytes(StandardCharsets.UTF_8)));
    converters
        .sourceMap(item.relativePath())
        .ifPresent(m -> outputs.put(path + ".map", SiteWriter.Output.of(m.getBytes(StandardCharsets.UTF_8))));
  }

  /** Render threads: one per core, or {@code jekyll4j.threads} (1 renders sequentially). */
  private static int renderThreads() {
    return Integer.getInteger("jekyll4j.threads", Runtime.getRuntime().availableProcessors());
  }

  private static ZonedDateTime siteTime(SiteConfig config) {
    Object t = config.get("time");
    if (t != null) {
      return Dates.jekyllDate(t, config.zone())
          .orElseGet(() -> ZonedDateTime.now(config.zone()));
    }
    return ZonedDateTime.now(config.zone());
  }

  private static Map<String, String> hashes(Map<String, SiteWriter.Output> outputs) {
    Map<String, String> out = new TreeMap<>();
    try {
      for (Map.Entry<String, SiteWriter.Output> e : outputs.entrySet()) {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        byte[] bytes = e.getValue().bytes();
        if (bytes == null) bytes = java.nio.file.Files.readAllBytes(e.getValue().copyOf());
        out.put(e.getKey(), java.util.HexFormat.of().formatHex(md.digest(bytes)));
      }
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
    return out;
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}

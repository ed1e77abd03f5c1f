package io.jekyll4j.build;

import io.jekyll4j.config.ConfigLoader;
import io.jekyll4j.config.ThemeConfig;
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
import io.jekyll4j.render.Mentions;
import io.jekyll4j.render.OrderedRender;
import io.jekyll4j.render.RenderProfile;
import io.jekyll4j.source.SiteReader;
import io.jekyll4j.source.Theme;
import io.jekyll4j.source.ThemeLocator;
import io.jekyll4j.url.Router;
import io.jekyll4j.url.UrlConflicts;
import io.jekyll4j.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
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
  /** The last site as read, before generators added pages: what a re-read starts from. */
  private Site lastReadSite;
  private final DependencyGraph graph = new DependencyGraph();
  private boolean previousFailed;
  private int lastRendered;
  private Map<String, String> sourceMaps = Map.of();
  private Map<String, String> staticHashes = Map.of();
  private RenderProfile profile;
  private java.util.function.Consumer<EarlyOutputs> earlyOutputs;
  /** The last successful build's render session, which a partial rebuild may reuse. */
  private RenderSession lastSession;
  /** The output conflicts the last full collection of outputs found (warned on every build). */
  private List<String> lastConflicts = List.of();
  /** Render positions of the last site whose shape a full render set (partial ones keep it). */
  private java.util.Optional<SiteIndex> lastIndex = java.util.Optional.empty();
  /** Documents whose body has Liquid markup: their excerpts are prepared on every build. */
  private Set<String> liquidBodies = new HashSet<>();

  public Pipeline(BuildOptions options) {
    this.options = options;
  }

  public BuildOptions options() {
    return options;
  }

  /**
   * Hands every full render's {@link EarlyOutputs} to {@code listener} as the render starts (on
   * the build thread): {@code serve} answers its first requests from them.
   */
  public Pipeline onEarlyOutputs(java.util.function.Consumer<EarlyOutputs> listener) {
    this.earlyOutputs = listener;
    return this;
  }

  /** Keeps a per-template Liquid profile ({@code --profile}) for the following builds. */
  public Pipeline profiled(RenderProfile profile) {
    this.profile = profile;
    return this;
  }

  /** The configuration of the last successful build, if any ({@code serve} follows its baseurl). */
  public java.util.Optional<SiteConfig> lastConfig() {
    return lastSite().map(Site::config);
  }

  /** The site read by the last successful build, if any. */
  public java.util.Optional<Site> lastSite() {
    return java.util.Optional.ofNullable(lastSite);
  }

  /** Builds the whole site into the destination (atomically). */
  public BuildResult build() {
    return run(ChangeSet.everything());
  }

  /**
   * Rebuilds after these source changes, for {@code serve}: re-reads only the edited files when
   * it can, renders only the items the changes affect (by the dependencies recorded while
   * rendering) and rewrites only the outputs that changed. Falls back to a full build whenever
   * the planner is unsure, and after a failed build (whose changes must not be lost).
   */
  public BuildResult rebuild(ChangeSet changes) {
    return run(changes);
  }

  private BuildResult run(ChangeSet requested) {
    ChangeSet changes = previousFailed ? ChangeSet.everything() : requested;
    previousFailed = true; // until this build succeeds
    long t0 = System.nanoTime();
    Map<String, Duration> phases = new LinkedHashMap<>();
    Diagnostics diagnostics = new Diagnostics();
    Path source = options.source().toAbsolutePath().normalize();
    Path destination = options.destination().toAbsolutePath().normalize();
    if (!Files.isDirectory(source)) {
      throw new BuildException(SourceLocation.of(source.toString()),
          "Source folder " + source + " does not exist or is not a folder.");
    }
    if (source.startsWith(destination)) {
      throw new BuildException(
          SourceLocation.of(destination.toString()),
          "Destination directory cannot be or contain the Source directory.");
    }
    if (Files.exists(destination) && !Files.isDirectory(destination)) {
      // Jekyll stops here too (mkdir: File exists); the file is left alone
      throw new BuildException(SourceLocation.of(destination.toString()),
          "Destination " + destination + " exists and is not a folder; it is left as it is."
              + " Choose another destination (-d) or remove the file.");
    }
    if (!Files.isDirectory(destination)) {
      // deleted under serve (or never written): a partial rebuild would write only what changed
      changes = ChangeSet.everything();
    }
    long t = System.nanoTime();
    Map<String, Object> overrides = new LinkedHashMap<>(options.overrides());
    overrides.put("source", source.toString());
    overrides.put("destination", destination.toString());
    SiteConfig siteConfig = ConfigLoader.load(source, options.configFiles(), overrides);
    java.util.Optional<Theme> theme = new ThemeLocator(source, options.themePath(), System.getenv())
        .locate(siteConfig.get("theme"), diagnostics);
    SiteConfig config = theme.flatMap(Theme::configFile)
        .map(f -> ThemeConfig.apply(siteConfig, f)).orElse(siteConfig);
    EnabledPlugins plugins = EnabledPlugins.of(config, theme);
    if (plugins.rebuildsEverything()) changes = ChangeSet.everything();
    ZonedDateTime time = siteTime(config);
    phases.put("configure", since(t));

    t = System.nanoTime();
    SiteReader reader =
        new SiteReader(
            source, config,
            new SiteReader.ReadOptions(
                options.drafts() || config.bool("show_drafts"),
                options.future() || config.bool("future"),
                options.unpublished() || config.bool("unpublished")),
            time, diagnostics, theme);
    java.util.Optional<Set<String>> reread = RebuildSteps.rereadable(changes, lastSite, lastIndex);
    Site previousRead = lastReadSite;
    java.util.Optional<Site> updated = reread.flatMap(paths -> reader.reread(previousRead, paths)
        .filter(fresh -> RebuildSteps.sameDates(previousRead, fresh, paths, lastIndex)));
    boolean partialRead = updated.isPresent();
    Site read = updated.orElseGet(reader::read);
    Site site = read;
    phases.put("read", since(t));
    boolean future = options.future() || config.bool("future");

    boolean done = false;
    RenderSession session = null;
    try {
      // the previous session when the config is the same (its converters name the same output
      // extensions); it renders only if the rebuild turns out to be partial
      session = RenderSession.forBuild(java.util.Optional.ofNullable(lastSession), true,
          source, config, theme, diagnostics);
      Router router = new Router(config, session.converters::outputExtension);
      WriteOrder writeOrder = new WriteOrder(config, router, future, time);
      t = System.nanoTime();
      site = OptionalFrontMatter.generate(plugins, site);
      site = ArchiveGenerator.generate(plugins, site); // normal priority, before the lowest ones
      site = RedirectGenerator.generate(plugins, site, router::url, source);
      site = GhPagesGenerators.generate(plugins, site, router, future, session.converters::markdownify);
      site = Paginator.generate(plugins, site, router::url, diagnostics);
      site = FeedGenerator.generate(plugins, site, source, options.environment());
      site = SitemapGenerator.generate(plugins, site, router::url);
      phases.put("generate", since(t));

      t = System.nanoTime();
      for (Convertible item : site.convertibles()) {
        // after re-reading edited files only, the other items keep their (unchanged) URLs
        if (partialRead && item.url() != null && !reread.get().contains(item.relativePath())) continue;
        item.setUrl(router.url(item));
      }
      phases.put("link", since(t));

      t = System.nanoTime();
      java.util.Optional<Set<String>> only = lastSite == null
          ? java.util.Optional.empty() : RebuildPlanner.plan(changes, lastSite, site, graph, lastIndex);
      if (only.isPresent()) only = java.util.Optional.of(RebuildSteps.withGenerated(only.get(), read, site));
      if (only.isPresent()) RebuildSteps.carryOver(lastSite, site, only.get());
      if (only.isEmpty() && session == lastSession) {
        session = RenderSession.forBuild(java.util.Optional.empty(), false, source, config, theme, diagnostics);
      }
      SiteConverters converters = session.converters;
      IncludeFiles includes = session.includes;
      lastRendered = only.map(Set::size).orElse(site.convertibles().size());
      DependencyGraph.Recording recording = new DependencyGraph.Recording();
      Drops drops = new Drops(site, Map.of(), recording::read).withOutputExtensions(router::outputExt);
      Map<String, Object> jekyll = new LinkedHashMap<>();
      jekyll.put("version", "4.3.1");
      jekyll.put("environment", options.environment());
      ItemRenderer renderer =
          new ItemRenderer(site, session.liquid, converters, drops, jekyll, diagnostics, source, profile,
              Mentions.forSite(plugins.list(), config, router::outputExt, writeOrder::writes));
      if (partialRead && session == lastSession) {
        // Untouched documents keep their excerpt (it depends on their own body and the same
        // converters), unless it may hold Liquid, which can read what changed.
        List<Document> docs = site.documents();
        List<Document> candidates = docs;
        if (lastIndex.isPresent()) {
          // documents come first in the render order: the index gives their positions
          Set<String> wanted = new HashSet<>(reread.get());
          wanted.addAll(liquidBodies);
          candidates = new java.util.ArrayList<>();
          for (String p : wanted) {
            for (int i : lastIndex.get().positionsOf(p)) {
              if (i < docs.size() && docs.get(i).relativePath().equals(p)) candidates.add(docs.get(i));
            }
          }
        }
        for (Document d : candidates) {
          if (reread.get().contains(d.relativePath())) {
            if (mayHoldLiquid(d)) liquidBodies.add(d.relativePath()); else liquidBodies.remove(d.relativePath());
            renderer.prepareExcerpt(d);
          } else if (liquidBodies.contains(d.relativePath())) {
            renderer.prepareExcerpt(d);
          }
        }
        RebuildSteps.generatedDocuments(read, site).forEach(renderer::prepareExcerpt);
      } else {
        liquidBodies = new HashSet<>();
        for (Document d : site.documents()) {
          if (mayHoldLiquid(d)) liquidBodies.add(d.relativePath());
          renderer.prepareExcerpt(d);
        }
      }
      java.util.function.Consumer<Convertible> render = item -> {
        recording.begin(item.relativePath());
        try {
          renderer.render(item);
        } catch (OutOfMemoryError e) {
          // what the item held is garbage once this unwinds: stop this build with its name
          throw new BuildException(new SourceLocation(item.relativePath(), Math.max(1, item.bodyLine())),
              "Out of memory while rendering " + item.relativePath()
                  + " (a loop over a huge range, or output too large for the heap)");
        } finally {
          recording.end();
        }
      };
      List<Convertible> inOrder = site.convertibles();
      java.util.Optional<SiteIndex> index = lastIndex.filter(i -> i.fits(inOrder));
      java.util.Optional<List<Convertible>> chosen = only.isPresent() && index.isPresent()
          ? java.util.Optional.of(index.get().select(inOrder, only.get())) : java.util.Optional.empty();
      if (chosen.isPresent()) {
        PartialRender partial = new PartialRender(inOrder);
        drops.withView(partial);
        partial.run(chosen.get(), index.get(), render);
      } else if (only.isPresent()) {
        PartialRender partial = new PartialRender(inOrder);
        drops.withView(partial);
        partial.run(only.get(), render);
      } else {
        OrderedRender order = new OrderedRender(site.convertibles());
        drops.withView(order);
        if (earlyOutputs != null) {
          earlyOutputs.accept(EarlyOutputs.of(site, writeOrder, order, render));
        }
        order.run(render, renderThreads());
      }
      phases.put("render", since(t));

      t = System.nanoTime();
      SiteWriter writer = new SiteWriter(destination, config.list("keep_files"));
      Map<String, String> hashes;
      Set<String> changed;
      if (chosen.isPresent() && lastConflicts.isEmpty()) {
        Set<String> edited = new HashSet<>();
        changes.changes().forEach(c -> edited.add(c.path()));
        PartialOutputs partial = PartialOutputs.collect(site, chosen.get(), edited, router,
            converters::sourceMap, writeOrder, previousHashes, sourceMaps);
        RebuildSteps.writeInPlace(writer, partial.outputs, partial.changed);
        hashes = partial.hashes;
        changed = partial.changed;
        sourceMaps = partial.maps;
      } else {
        Map<String, SiteWriter.Output> outputs = new TreeMap<>();
        // Jekyll's each_site_file order: pages, static files, documents; a later writer wins.
        UrlConflicts conflicts = new UrlConflicts();
        Outputs out = new Outputs(outputs, conflicts, converters, destination, source, only);
        writeOrder.visit(site, out);
        lastConflicts = List.copyOf(conflicts.warnings());
        Map<String, String> all = hashes(outputs, out.carried);
        Set<String> diff = new HashSet<>();
        all.forEach((k, v) -> { if (!v.equals(previousHashes.get(k))) diff.add(k); });
        previousHashes.keySet().stream().filter(k -> !all.containsKey(k)).forEach(diff::add);
        if (only.isPresent()) {
          RebuildSteps.writeInPlace(writer, outputs, diff);
        } else {
          writer.writeAll(outputs);
        }
        hashes = all;
        changed = diff;
        sourceMaps = out.maps;
      }
      lastConflicts.forEach(diagnostics::warn);
      phases.put("write", since(t));
      graph.commit(recording, includes.filesRead(), only.isEmpty());
      previousHashes = hashes;
      if (only.isEmpty() || lastIndex.isEmpty()) lastIndex = java.util.Optional.of(new SiteIndex(inOrder));
      lastSite = site;
      lastReadSite = read;
      previousFailed = false;
      done = true;
      return new BuildResult(hashes, changed, diagnostics.warnings(), phases, since(t0));
    } finally {
      if (session != null) session.release();
      lastSession = done ? session : null;
    }
  }

  /** The Liquid engine's settings for this site's config. */
  static LiquidSettings liquidSettings(
      SiteConfig config, IncludeFiles includes, SiteConverters converters, Diagnostics diagnostics,
      Path source) {
    return liquidSettings(config, includes, converters, diagnostics::warn, source,
        EnabledPlugins.of(config, java.util.Optional.empty()));
  }

  /** The Liquid engine's settings for this site's config, with warnings going to {@code warnings}. */
  static LiquidSettings liquidSettings(
      SiteConfig config, IncludeFiles includes, SiteConverters converters,
      java.util.function.Consumer<String> warnings, Path source, EnabledPlugins plugins) {
    Map<String, Object> liquid = config.map("liquid");
    return new LiquidSettings(
        liquid.getOrDefault("strict_variables", false).equals(true),
        liquid.getOrDefault("strict_filters", false).equals(true),
        String.valueOf(liquid.getOrDefault("error_mode", "warn")),
        config.zone(),
        includes,
        converters::markdownify,
        converters::smartify,
        // sassify/scssify give the CSS alone, without the source-map comment a stylesheet gets
        (text, syntax) -> converters.convert("." + syntax, text, syntax + "ify", source)
            .replaceFirst("\\s*/\\*# sourceMappingURL=[^*]*\\*/\\s*$", "\n"),
        warnings,
        plugins.list());
  }

  /**
   * Collects the outputs of rendered items (with their source maps). In a partial rebuild the
   * items that were not rendered again keep their previous source map and hash.
   */
  private final class Outputs implements WriteOrder.Visitor {
    private final Map<String, SiteWriter.Output> outputs;
    private final UrlConflicts conflicts;
    private final SiteConverters converters;
    private final Path destination;
    private final Path source;
    private final java.util.Optional<Set<String>> only;
    final Map<String, String> maps = new HashMap<>();
    /** Outputs of items not rendered again: their previous hash (their bytes are not needed). */
    final Map<String, String> carried = new HashMap<>();

    Outputs(Map<String, SiteWriter.Output> outputs, UrlConflicts conflicts,
        SiteConverters converters, Path destination, Path source, java.util.Optional<Set<String>> only) {
      this.outputs = outputs;
      this.conflicts = conflicts;
      this.converters = converters;
      this.destination = destination;
      this.source = source;
      this.only = only;
    }

    @Override
    public void copied(String path, StaticFile f) {
      conflicts.claim(destination.resolve(path).toString(), f.file().toAbsolutePath().toString());
      outputs.put(path, SiteWriter.Output.copy(f.file()));
    }

    @Override
    public void rendered(String path, Convertible item) {
      // As Jekyll names them: a page by its relative path, a document by its full path.
      String name = item instanceof Document ? source.resolve(item.relativePath()).toString() : item.relativePath();
      conflicts.claim(destination.resolve(path).toString(), name);
      boolean kept = only.isPresent() && !only.get().contains(item.relativePath());
      String keptHash = kept ? previousHashes.get(path) : null;
      if (keptHash != null) {
        carried.put(path, keptHash);
        outputs.remove(path);
      } else {
        carried.remove(path);
        outputs.put(path, SiteWriter.Output.of(item.output().getBytes(StandardCharsets.UTF_8)));
      }
      java.util.Optional<String> map = converters.sourceMap(item.relativePath());
      if (map.isEmpty() && kept) map = java.util.Optional.ofNullable(sourceMaps.get(item.relativePath()));
      map.ifPresent(m -> {
        maps.put(item.relativePath(), m);
        String mapHash = kept ? previousHashes.get(path + ".map") : null;
        if (mapHash != null) {
          carried.put(path + ".map", mapHash);
        } else {
          outputs.put(path + ".map", SiteWriter.Output.of(m.getBytes(StandardCharsets.UTF_8)));
        }
      });
    }
  }

  private static boolean mayHoldLiquid(Document d) {
    String body = d.excerptBody();
    return body.contains("{{") || body.contains("{%");
  }

  /** Render threads: one per core, or {@code jekyll4j.threads} (1 renders sequentially). */
  private static int renderThreads() {
    return Integer.getInteger("jekyll4j.threads", Runtime.getRuntime().availableProcessors());
  }

  /** How many items the last build rendered (tests check rebuilds stay partial). */
  int lastRendered() {
    return lastRendered;
  }

  private static ZonedDateTime siteTime(SiteConfig config) {
    Object t = config.get("time");
    if (t != null) {
      return Dates.jekyllDate(t, config.zone())
          .orElseGet(() -> ZonedDateTime.now(config.zone()));
    }
    return ZonedDateTime.now(config.zone());
  }

  /**
   * Content hashes of the outputs. Outputs carried over from the previous build keep their hash,
   * and a copied static file is hashed again only when its size or modification time changed.
   */
  private Map<String, String> hashes(Map<String, SiteWriter.Output> outputs, Map<String, String> carried) {
    Map<String, String> out = new TreeMap<>(carried);
    Map<String, String> statics = new HashMap<>();
    // rendered outputs are hashed on all cores; their bytes are already in memory
    out.putAll(outputs.entrySet().parallelStream()
        .filter(e -> e.getValue().bytes() != null)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> PartialOutputs.sha1(e.getValue().bytes()))));
    try {
      for (Map.Entry<String, SiteWriter.Output> e : outputs.entrySet()) {
        if (e.getValue().bytes() != null) continue;
        Path file = e.getValue().copyOf();
        String stamp = file + "|" + java.nio.file.Files.size(file) + "|"
            + java.nio.file.Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        String known = staticHashes.get(stamp);
        if (known == null) known = PartialOutputs.sha1(java.nio.file.Files.readAllBytes(file));
        statics.put(stamp, known);
        out.put(e.getKey(), known);
      }
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    staticHashes = statics;
    return out;
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}

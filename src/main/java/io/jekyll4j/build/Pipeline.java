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
import io.jekyll4j.diag.SourceLines;
import io.jekyll4j.diag.SourceLocation;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import io.jekyll4j.liquid.drop.Drops;
import io.jekyll4j.render.ItemRenderer;
import io.jekyll4j.render.OrderedRender;
import io.jekyll4j.render.RenderProfile;
import io.jekyll4j.source.SiteReader;
import io.jekyll4j.source.Theme;
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
  /** False for a pipeline that builds once: no later build compares hashes with this one's. */
  private boolean hashing = true;
  private RenderProfile profile;
  private java.util.function.Consumer<EarlyOutputs> earlyOutputs;
  /** Told when a build has read the site ({@code serve} sets its server up then). */
  private Runnable readListener;
  /** The last successful build's render session, which a partial rebuild may reuse. */
  private RenderSession lastSession;
  /** The output conflicts the last full collection of outputs found (warned on every build). */
  private List<String> lastConflicts = List.of();
  /** Render positions of the last site whose shape a full render set (partial ones keep it). */
  private java.util.Optional<SiteIndex> lastIndex = java.util.Optional.empty();
  /** Documents whose body has Liquid markup: their excerpts are prepared on every build. */
  private Set<String> liquidBodies = new HashSet<>();
  /**
   * Conversions kept from build to build, and on disk as Jekyll keeps its {@code .jekyll-cache}:
   * the cache of the last configuration built ({@link #conversionsFor} prints it).
   */
  private io.jekyll4j.convert.ConversionCache conversions;
  private String conversionsFor;
  /** Writes the conversions of the last render while its outputs are written. */
  private Thread savingConversions;
  /** The front matter kept between reads (see FrontMatterCache), and the cache folder it is for. */
  private io.jekyll4j.source.FrontMatterCache frontMatter;
  private Path frontMatterDir;
  /** Writes the front matter of the last full read while the site renders. */
  private Thread savingFrontMatter;

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

  /** Calls {@code listener} (null: none) on the build thread each time a build has read the site. */
  public Pipeline onRead(Runnable listener) {
    this.readListener = listener;
    return this;
  }

  /**
   * For a pipeline that builds once ({@code jekyll4j build}): outputs are not hashed, since only
   * a later build of the same pipeline would compare them (a 10,000-post site: 100 MB read and
   * hashed for nothing). Every output is reported as changed, as a first build's are; the
   * {@link BuildResult#outputHashes()} map lists every output with an empty hash.
   */
  public Pipeline once() {
    this.hashing = false;
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

  /**
   * One build, as Jekyll's {@code Site#process}: configure, read, generate, link, render, write.
   * The rebuild's choices come from the planner as a {@link RebuildPlan}, made once the
   * configuration and plugins are known and handed to the steps: full, or partial (which files to
   * re-read; the items to render again follow from it and the recorded dependencies).
   */
  private BuildResult run(ChangeSet requested) {
    Build b = new Build();
    boolean lastFailed = previousFailed;
    previousFailed = true; // until this build succeeds
    boolean done = false;
    try {
      b.configure();
      b.plan = RebuildPlanner.plan(requested, lastFailed, b.destinationExists, b.plugins, lastSite, lastIndex);
      b.read();
      b.generate();
      b.link();
      b.render();
      BuildResult result = b.write();
      b.remember();
      previousFailed = false;
      done = true;
      return result;
    } catch (BuildException e) {
      // an error about a configuration key names the line that sets it
      e.configKey().ifPresent(key -> e.location().ifPresent(l -> {
        Path file = b.source.resolve(l.path());
        if (Files.isRegularFile(file)) e.placeConfigKey(new SourceLocation(l.path(), SourceLines.keyLine(file, key)));
      }));
      throw e;
    } finally {
      if (b.session != null) b.session.release();
      lastSession = done ? b.session : null;
      awaitSavedConversions();
    }
  }

  /**
   * The conversion cache for this configuration: the last one when the configuration is the same,
   * else a new one, on disk under {@code cache_dir} unless Jekyll would keep it off the disk
   * ({@code safe}, {@code disable_disk_cache}).
   */
  private io.jekyll4j.convert.ConversionCache conversions(Path source, SiteConfig config) {
    Path dir = diskCacheDir(source, config);
    boolean disk = dir != null;
    String printed = io.jekyll4j.convert.ConversionCache.converterSettings(config.raw());
    String key = disk + "\0" + dir + "\0" + printed;
    if (conversions == null || !key.equals(conversionsFor)) {
      conversions = disk
          ? io.jekyll4j.convert.ConversionCache.onDisk(dir, printed)
          : io.jekyll4j.convert.ConversionCache.inMemory();
      conversionsFor = key;
    }
    return conversions;
  }

  /**
   * The folder the caches are kept in on disk ({@code cache_dir}), or null when they stay in
   * memory: in safe mode, with {@code disable_disk_cache}, or when the folder is the source or one
   * the reader would take as site content (Jekyll does not exclude {@code cache_dir}; such a folder
   * would carry jekyll4j's files into the site).
   */
  private static Path diskCacheDir(Path source, SiteConfig config) {
    String relative = io.jekyll4j.config.SourcePath.relative(source, config.string("cache_dir", ".jekyll-cache"));
    boolean hidden = !relative.isEmpty() && (relative.startsWith(".") || relative.startsWith("_"));
    boolean disk = hidden && !config.bool("safe") && !config.bool("disable_disk_cache");
    Path dir = source.resolve(relative);
    return disk && !dir.equals(source) ? dir : null;
  }

  /** The front-matter cache for this configuration's cache folder (a new one when it moved). */
  private io.jekyll4j.source.FrontMatterCache frontMatter(Path source, SiteConfig config) {
    Path dir = diskCacheDir(source, config);
    if (frontMatter == null || !java.util.Objects.equals(dir, frontMatterDir)) {
      awaitSaved(savingFrontMatter);
      frontMatter = dir == null ? io.jekyll4j.source.FrontMatterCache.none()
          : io.jekyll4j.source.FrontMatterCache.onDisk(dir, io.jekyll4j.convert.ConversionCache.codeIdentity());
      frontMatterDir = dir;
    }
    return frontMatter;
  }

  private void awaitSavedConversions() {
    Thread t = savingConversions;
    savingConversions = null;
    awaitSaved(t);
    t = savingFrontMatter;
    savingFrontMatter = null;
    awaitSaved(t);
  }

  /** Waits for a cache being written: a file is finished either way, never left half-written. */
  private static void awaitSaved(Thread t) {
    if (t == null) return;
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true; // the file is finished either way; never left half-written
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  /** From how many items on the URLs are worked out on every core (10,000 posts: 0.2 s on one). */
  private static final int PARALLEL_LINK = 256;

  /** The state of one build, step by step. */
  private final class Build {
    final long t0 = System.nanoTime();
    final Map<String, Duration> phases = new LinkedHashMap<>();
    final Diagnostics diagnostics = new Diagnostics();
    final Path source = options.source().toAbsolutePath().normalize();
    final Path destination = options.destination().toAbsolutePath().normalize();
    /** Full or partial; a step that finds a partial plan cannot hold widens it. */
    RebuildPlan plan;
    boolean destinationExists;
    SiteConfig config;
    java.util.Optional<Theme> theme;
    Plugins plugins;
    PluginHooks hooks;
    ZonedDateTime time;
    boolean future;
    Site read;
    Site site;
    RenderSession session;
    /** This build's conversion cache (the pipeline's, for this configuration). */
    io.jekyll4j.convert.ConversionCache cache;
    Router router;
    WriteOrder writeOrder;
    /** The items to render again (empty: all of them). */
    java.util.Optional<Set<String>> only = java.util.Optional.empty();
    /** The chosen items in render order, when the last site's index fits this one. */
    java.util.Optional<List<Convertible>> chosen = java.util.Optional.empty();
    List<Convertible> inOrder;
    DependencyGraph.Recording recording;
    Map<String, String> hashes;

    /** Configuration, theme and plugins. */
    void configure() {
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
      // deleted under serve (or never written): a partial rebuild would write only what changed
      destinationExists = Files.isDirectory(destination);
      long t = System.nanoTime();
      Map<String, Object> overrides = new LinkedHashMap<>(options.overrides());
      overrides.put("source", source.toString());
      overrides.put("destination", destination.toString());
      SiteConfig siteConfig = ConfigLoader.load(source, options.configFiles(), overrides);
      siteConfig.warnings().forEach(diagnostics::warn);
      theme = options.themeLocator(source).locate(siteConfig.get("theme"), diagnostics);
      SiteConfig themed = theme.flatMap(Theme::configFile)
          .map(f -> ThemeConfig.apply(siteConfig, f)).orElse(siteConfig);
      plugins = Plugins.select(themed, theme, source, options.effectiveClassLoader());
      PluginDependencies.check(themed, plugins.available());
      hooks = new PluginHooks(plugins, source);
      config = hooks.afterInit(themed, options.environment(), diagnostics::warn);
      time = siteTime(config);
      future = options.future() || config.bool("future");
      // loaded on its own thread from here; the read waits for it where it needs it
      frontMatter(source, config);
      phases.put("configure", since(t));
    }

    /** Reads the site, or only the edited files into the last site read when the plan says so. */
    void read() {
      long t = System.nanoTime();
      SiteReader reader =
          new SiteReader(
              source, config,
              new SiteReader.ReadOptions(
                  options.drafts() || config.bool("show_drafts"),
                  future,
                  options.unpublished() || config.bool("unpublished")),
              time, diagnostics, theme);
      Site previousRead = lastReadSite;
      java.util.Optional<Site> updated = java.util.Optional.empty();
      if (plan instanceof RebuildPlan.Partial partial) {
        updated = partial.rereadOnly().flatMap(paths -> reader.reread(previousRead, paths)
            .filter(fresh -> RebuildSteps.sameDates(previousRead, fresh, paths, lastIndex)));
        if (updated.isEmpty()) plan = partial.readingAll();
      }
      if (updated.isPresent()) {
        read = updated.get();
      } else {
        awaitSaved(savingFrontMatter);
        io.jekyll4j.source.FrontMatterCache kept = frontMatter;
        read = reader.withFrontMatterCache(kept).read();
        savingFrontMatter = new Thread(kept::save, "jekyll4j-front-matter-write");
        savingFrontMatter.start();
      }
      site = read;
      hooks.postRead(read);
      phases.put("read", since(t));
      if (readListener != null) readListener.run();
    }

    /** Jekyll's {@code Site#generate}: every enabled generator, highest priority first. */
    void generate() {
      // the previous session when the config is the same (its converters name the same output
      // extensions); it renders only if the rebuild turns out to be partial
      cache = conversions(source, config);
      cache.nextBuild();
      session = RenderSession.forBuild(java.util.Optional.ofNullable(lastSession), true,
          source, config, theme, diagnostics, plugins, cache);
      // Dart Sass starts while the site is generated, linked and rendered (stylesheets are pages:
      // they render last), instead of when the first stylesheet needs it
      session.converters.prestartSass(site.convertibles());
      router = new Router(config, session.converters::outputExtension);
      writeOrder = new WriteOrder(config, router, future, time);
      long t = System.nanoTime();
      GenerateServices services = new GenerateServices(source, options.environment(), future, router,
          session.converters::markdownify, diagnostics);
      site = Pipeline.generate(plugins, site, services);
      phases.put("generate", since(t));
    }

    /** Gives every page and document its URL (after a partial read, only the re-read ones). */
    void link() {
      long t = System.nanoTime();
      List<Convertible> todo = new java.util.ArrayList<>();
      for (Convertible item : site.convertibles()) {
        if (plan.partialRead() && item.url() != null && !plan.reread(item.relativePath())) continue;
        todo.add(item);
      }
      // a URL depends on its item and the config alone: many are worked out on every core, then
      // set in order, so that the first item in order whose permalink is wrong is the one named
      String[] urls = new String[todo.size()];
      RuntimeException[] failures = new RuntimeException[todo.size()];
      java.util.function.IntConsumer one = i -> {
        try {
          urls[i] = router.url(todo.get(i));
        } catch (RuntimeException e) {
          failures[i] = e;
        }
      };
      java.util.stream.IntStream range = java.util.stream.IntStream.range(0, todo.size());
      (todo.size() >= PARALLEL_LINK ? range.parallel() : range).forEach(one);
      for (int i = 0; i < urls.length; i++) {
        if (failures[i] != null) throw failures[i];
        todo.get(i).setUrl(urls[i]);
      }
      phases.put("link", since(t));
    }

    /** Renders what the planner chose (everything in a full build), documents first, then pages. */
    void render() {
      long t = System.nanoTime();
      only = plan instanceof RebuildPlan.Partial p
          ? RebuildPlanner.itemsToRender(p.changes(), lastSite, site, graph, lastIndex) : java.util.Optional.empty();
      if (only.isPresent()) only = java.util.Optional.of(RebuildSteps.withGenerated(only.get(), read, site));
      if (only.isPresent()) RebuildSteps.carryOver(lastSite, site, only.get());
      if (only.isEmpty() && session == lastSession) {
        session = RenderSession.forBuild(java.util.Optional.empty(), false, source, config, theme, diagnostics,
            plugins, cache);
      }
      lastRendered = only.map(Set::size).orElse(site.convertibles().size());
      recording = new DependencyGraph.Recording();
      Drops drops = new Drops(site, Map.of(), recording::read).withOutputExtensions(router::outputExt);
      Map<String, Object> jekyll = new LinkedHashMap<>();
      jekyll.put("version", "4.3.1");
      jekyll.put("environment", options.environment());
      ItemRenderer renderer =
          new ItemRenderer(site, session.liquid(), session.converters, drops, jekyll, diagnostics, source, profile,
              hooks.forItems(config, router::outputExt, writeOrder::writes), ThemeGlobals.of(theme));
      hooks.postInit(site);
      prepareExcerpts(renderer);
      Map<String, Object> sitePayload = hooks.preRender(site);
      java.util.function.Consumer<Convertible> render = item -> {
        recording.begin(item.relativePath());
        try {
          renderer.render(item, sitePayload);
        } catch (OutOfMemoryError e) {
          // what the item held is garbage once this unwinds: stop this build with its name
          throw new BuildException(new SourceLocation(item.relativePath(), Math.max(1, item.bodyLine())),
              "Out of memory while rendering " + item.relativePath()
                  + " (a loop over a huge range, or output too large for the heap)");
        } catch (StackOverflowError e) {
          // a converter or a pattern that recurses once per level of nesting (Jekyll: stack level too deep)
          throw new BuildException(new SourceLocation(item.relativePath(), Math.max(1, item.bodyLine())),
              "Nested too deeply while rendering " + item.relativePath() + " (stack level too deep)");
        } finally {
          recording.end();
        }
      };
      inOrder = site.convertibles();
      java.util.Optional<SiteIndex> index = lastIndex.filter(i -> i.fits(inOrder));
      chosen = only.isPresent() && index.isPresent()
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
      hooks.postRender(site);
      // a full render used every conversion the site needs: the cache file then keeps only those.
      // A partial one (serve, after an edit) keeps its few new ones in memory: rewriting the file
      // would hold back the page's reload
      if (only.isEmpty()) {
        savingConversions = new Thread(cache::save, "jekyll4j-cache-write");
        savingConversions.start();
      }
      phases.put("render", since(t));
    }

    /**
     * Excerpts, cut before anything renders. After a partial read with the same session,
     * untouched documents keep theirs (it depends on their own body and the same converters),
     * unless it may hold Liquid, which can read what changed.
     */
    private void prepareExcerpts(ItemRenderer renderer) {
      if (!(plan.partialRead() && session == lastSession)) {
        liquidBodies = new HashSet<>();
        for (Document d : site.documents()) {
          if (mayHoldLiquid(d)) liquidBodies.add(d.relativePath());
          renderer.prepareExcerpt(d);
        }
        return;
      }
      List<Document> docs = site.documents();
      List<Document> candidates = docs;
      if (lastIndex.isPresent()) {
        // documents come first in the render order: the index gives their positions
        Set<String> wanted = new HashSet<>(((RebuildPlan.Partial) plan).rereadOnly().get());
        wanted.addAll(liquidBodies);
        candidates = new java.util.ArrayList<>();
        for (String p : wanted) {
          for (int i : lastIndex.get().positionsOf(p)) {
            if (i < docs.size() && docs.get(i).relativePath().equals(p)) candidates.add(docs.get(i));
          }
        }
      }
      for (Document d : candidates) {
        if (plan.reread(d.relativePath())) {
          if (mayHoldLiquid(d)) liquidBodies.add(d.relativePath()); else liquidBodies.remove(d.relativePath());
          renderer.prepareExcerpt(d);
        } else if (liquidBodies.contains(d.relativePath())) {
          renderer.prepareExcerpt(d);
        }
      }
      RebuildSteps.generatedDocuments(read, site).forEach(renderer::prepareExcerpt);
    }

    /** Writes the outputs: in place only those that changed in a rebuild, atomically in a full build. */
    BuildResult write() {
      long t = System.nanoTime();
      SiteWriter writer = new SiteWriter(destination, config.list("keep_files"));
      Set<String> changed;
      if (chosen.isPresent() && lastConflicts.isEmpty()) {
        Set<String> edited = new HashSet<>();
        plan.changes().changes().forEach(c -> edited.add(c.path()));
        PartialOutputs partial = PartialOutputs.collect(site, chosen.get(), edited, router,
            session.converters::sourceMap, writeOrder, previousHashes, sourceMaps);
        RebuildSteps.writeInPlace(writer, partial.outputs, partial.changed);
        hashes = partial.hashes;
        changed = partial.changed;
        sourceMaps = partial.maps;
      } else {
        Map<String, SiteWriter.Output> outputs = new TreeMap<>();
        // Jekyll's each_site_file order: pages, static files, documents; a later writer wins.
        UrlConflicts conflicts = new UrlConflicts();
        Outputs out = new Outputs(outputs, conflicts, session.converters, destination, source, only,
            plugins::allowsUsedPermalink);
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
      hooks.postWrite(site, destination);
      phases.put("write", since(t));
      return new BuildResult(hashes, changed, diagnostics.warnings(), phases, since(t0));
    }

    /** Keeps what the next rebuild plans from. */
    void remember() {
      graph.commit(recording, session.includes.filesRead(), only.isEmpty());
      previousHashes = hashes;
      if (only.isEmpty() || lastIndex.isEmpty()) lastIndex = java.util.Optional.of(new SiteIndex(inOrder));
      lastSite = site;
      lastReadSite = read;
    }
  }

  /** The Liquid engine's settings for this site's config. */
  static LiquidSettings liquidSettings(
      SiteConfig config, IncludeFiles includes, SiteConverters converters, Diagnostics diagnostics,
      Path source) {
    return liquidSettings(config, includes, converters, diagnostics::warn, source, config.list("plugins"));
  }

  /** The Liquid engine's settings for this site's config, with warnings going to {@code warnings}. */
  static LiquidSettings liquidSettings(
      SiteConfig config, IncludeFiles includes, SiteConverters converters,
      java.util.function.Consumer<String> warnings, Path source, List<String> plugins) {
    Map<String, Object> liquid = config.map("liquid");
    return new LiquidSettings(
        liquid.getOrDefault("strict_variables", false).equals(true),
        liquid.getOrDefault("strict_filters", false).equals(true),
        String.valueOf(liquid.getOrDefault("error_mode", "warn")),
        config.zone(),
        includes,
        converters::markdownify,
        converters::smartify,
        // sassify/scssify give Dart Sass's CSS as it is (jekyll-sass-converter 3 without a page):
        // no source-map comment, no trailing newline
        (text, syntax) -> converters.convert("." + syntax, text, syntax + "ify", source)
            .replaceFirst("\\s*(?:/\\*# sourceMappingURL=[^*]*\\*/)?\\s*$", ""),
        warnings,
        plugins);
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
    private final java.util.function.Predicate<Convertible> mayShareUrl;
    final Map<String, String> maps = new HashMap<>();
    /** Outputs of items not rendered again: their previous hash (their bytes are not needed). */
    final Map<String, String> carried = new HashMap<>();

    Outputs(Map<String, SiteWriter.Output> outputs, UrlConflicts conflicts,
        SiteConverters converters, Path destination, Path source, java.util.Optional<Set<String>> only,
        java.util.function.Predicate<Convertible> mayShareUrl) {
      this.mayShareUrl = mayShareUrl;
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
      checkWritable(path, item);
      // As Jekyll names them: a page by its relative path, a document by its full path.
      String name = item instanceof Document ? source.resolve(item.relativePath()).toString() : item.relativePath();
      if (!mayShareUrl.test(item)) conflicts.claim(destination.resolve(path).toString(), name);
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

  /**
   * Refuses an output path no file system takes (a NUL, a name over 255 bytes) with an error
   * naming the item, before anything is written (Jekyll stops there with a raw system error).
   */
  static void checkWritable(String path, Convertible item) {
    String why = null;
    if (path.indexOf('\0') >= 0) {
      why = "holds a NUL character";
    } else {
      for (String segment : path.split("/")) {
        if (segment.getBytes(StandardCharsets.UTF_8).length > 255) {
          why = "has a name longer than 255 bytes";
          break;
        }
      }
    }
    if (why == null) {
      Path root = Path.of("/destination");
      Path target = root.resolve(path).normalize();
      if (!target.startsWith(root) || target.equals(root)) why = "leads outside the destination";
    }
    if (why != null) {
      throw new BuildException(new SourceLocation(item.relativePath(), 1),
          "Cannot write " + item.relativePath() + ": its output path " + why + " (check its permalink)");
    }
  }

  /**
   * Jekyll's {@code Site#generate}: every enabled generator, highest priority first, each through a
   * {@link io.jekyll4j.plugin.GenerateContext} over the site as the ones before it left it.
   */
  static Site generate(Plugins plugins, Site site, GenerateServices services) {
    Site s = site;
    for (io.jekyll4j.plugin.Generator g : plugins.generators()) {
      try {
        ApiGenerateContext context = new ApiGenerateContext(s, services);
        g.generate(context);
        s = context.result();
      } catch (BuildException e) {
        throw e;
      } catch (RuntimeException e) {
        throw PluginFailure.of(g, plugins.originOf(g), e);
      }
    }
    return s;
  }

  private static boolean mayHoldLiquid(Document d) {
    if (d.bodyKnownFreeOfLiquid()) return false; // known without reading the body
    String body = d.excerptBody();
    return io.jekyll4j.liquid.LiquidEngine.mayHaveLiquid(body);
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
    if (!hashing) {
      for (String path : outputs.keySet()) out.put(path, "");
      return out;
    }
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

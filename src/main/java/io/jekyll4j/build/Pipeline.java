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
import io.jekyll4j.source.SiteReader;
import io.jekyll4j.url.Router;
import io.jekyll4j.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
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

  public Pipeline(BuildOptions options) {
    this.options = options;
  }

  public BuildOptions options() {
    return options;
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
    SiteConfig config = ConfigLoader.load(source, options.configFiles(), options.overrides());
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

    try (SiteConverters converters = new SiteConverters(source, config)) {
      t = System.nanoTime();
      Router router = new Router(config, converters::outputExtension);
      Map<String, SiteWriter.Output> outputs = new TreeMap<>();
      Map<String, String> owners = new HashMap<>();
      for (Convertible item : site.convertibles()) {
        if (item instanceof Document d && !writes(config, d)) {
          item.setUrl(router.url(item));
          continue;
        }
        item.setUrl(router.url(item));
      }
      phases.put("link", since(t));

      t = System.nanoTime();
      LiquidEngine liquid = new LiquidEngine(liquidSettings(config, source, converters, diagnostics));
      Drops drops = new Drops(site, Map.of());
      Map<String, Object> jekyll = new LinkedHashMap<>();
      jekyll.put("version", "4.3.1");
      jekyll.put("environment", options.environment());
      ItemRenderer renderer =
          new ItemRenderer(site, liquid, converters, drops, jekyll, diagnostics, source);
      renderWave(site.documents(), renderer);
      renderWave(site.pages(), renderer);
      phases.put("render", since(t));

      t = System.nanoTime();
      for (Convertible item : site.convertibles()) {
        if (item instanceof Document d && !writes(config, d)) continue;
        String path = Router.outputPath(item.url(), router.outputExt(item), item instanceof Document);
        claim(owners, path, item.relativePath(), diagnostics);
        outputs.put(path, SiteWriter.Output.of(item.output().getBytes(StandardCharsets.UTF_8)));
      }
      for (StaticFile f : site.staticFiles()) {
        if (!f.collection().isEmpty() && !collectionWrites(config, f.collection())) continue;
        String path = f.relativePath();
        if (!f.collection().isEmpty()) path = staticCollectionPath(config, f);
        claim(owners, path, f.relativePath(), diagnostics);
        outputs.put(path, SiteWriter.Output.copy(f.file()));
      }
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
        io.jekyll4j.liquid.filter.Smartify::apply,
        (text, syntax) -> converters.convert("." + syntax, text, syntax + "ify", source),
        diagnostics::warn);
  }

  private static String staticCollectionPath(SiteConfig config, StaticFile f) {
    String rel = f.relativePath();
    String dirPrefix = config.string("collections_dir", "");
    if (!dirPrefix.isEmpty() && rel.startsWith(dirPrefix + "/")) rel = rel.substring(dirPrefix.length() + 1);
    if (rel.startsWith("_")) rel = rel.substring(1);
    return rel;
  }

  private static boolean writes(SiteConfig config, Document d) {
    return collectionWrites(config, d.collection());
  }

  private static boolean collectionWrites(SiteConfig config, String label) {
    return config.collection(label).map(m -> Boolean.TRUE.equals(m.get("output"))).orElse(label.equals("posts"));
  }

  private static void claim(Map<String, String> owners, String path, String owner, Diagnostics diagnostics) {
    String prev = owners.put(path, owner);
    if (prev != null) {
      diagnostics.warn(
          "Conflict: The following destination is shared by multiple files. The written file may end"
              + " up with unexpected contents. " + path + " - " + prev + ", " + owner);
    }
  }

  private static void renderWave(List<? extends Convertible> items, ItemRenderer renderer) {
    items.parallelStream().forEach(renderer::render);
  }

  private static ZonedDateTime siteTime(SiteConfig config) {
    Object t = config.get("time");
    if (t != null) {
      return Dates.toZoned(t, config.zone()).orElseGet(() -> ZonedDateTime.now(config.zone()));
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

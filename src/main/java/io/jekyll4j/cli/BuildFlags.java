package io.jekyll4j.cli;

import io.jekyll4j.api.SiteOptions;
import io.jekyll4j.build.BuildOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The flags {@code build} and {@code serve} share, with Jekyll's names and defaults. */
public class BuildFlags {
  @Option(names = {"-s", "--source"}, description = "Source directory (default: ./)")
  Path source = Path.of(".");

  @Option(names = {"-d", "--destination"}, description = "Destination directory (default: ./_site)")
  Path destination;

  @Option(names = "--config", split = ",", description = "Custom configuration file(s), comma-separated")
  List<Path> config = new ArrayList<>();

  @Option(names = {"-b", "--baseurl"}, description = "Serve the website from the given base URL")
  String baseurl;

  @Option(names = {"-D", "--drafts"}, description = "Render posts in the _drafts folder")
  boolean drafts;

  @Option(names = "--future", description = "Publishes posts with a future date")
  boolean future;

  @Option(names = {"-U", "--unpublished"}, description = "Render posts that were marked as unpublished")
  boolean unpublished;

  @Option(names = "--profile", description = "Generate a Liquid rendering profile")
  boolean profile;

  @Option(names = {"-q", "--quiet"}, description = "Silence output.")
  boolean quiet;

  @Option(names = {"-V", "--verbose"}, description = "Print verbose output.")
  boolean verbose;

  @Option(names = {"-t", "--trace"}, description = "Show the full backtrace when an error occurs")
  boolean trace;

  @Option(names = "--theme-path", paramLabel = "DIR",
      description = "A folder or theme jar searched first for the theme (repeatable; then $JEKYLL4J_THEME_PATH)")
  List<Path> themePath;

  @Option(names = "--safe", description = "Safe mode: load only the whitelisted built-in plugins, no _plugins/")
  boolean safe;

  @Option(names = "--disable-disk-cache",
      description = "Disable caching to disk (converted Markdown and Sass, parsed front matter, in .jekyll-cache/)")
  boolean disableDiskCache;

  @Option(names = {"-I", "--incremental"},
      description = "Accepted for compatibility: serve always rebuilds only what changed; build always builds everything")
  boolean incremental;

  /** These flags as the embedding API's options (what {@code build} and {@code serve} run). */
  SiteOptions toSiteOptions() {
    BuildOptions o = toOptions(Map.of());
    return SiteOptions.builder(o.source()).destination(o.destination()).configFiles(o.configFiles())
        .config(o.overrides()).drafts(drafts).future(future).unpublished(unpublished)
        .environment(o.environment()).themePath(o.themePath()).profile(profile).build();
  }

  /** The options for the pipeline; {@code extra} are further config overrides. */
  BuildOptions toOptions(Map<String, Object> extra) {
    Path src = source.toAbsolutePath().normalize();
    Map<String, Object> overrides = new LinkedHashMap<>();
    if (baseurl != null) overrides.put("baseurl", baseurl);
    if (safe) overrides.put("safe", true);
    if (disableDiskCache) overrides.put("disable_disk_cache", true);
    overrides.putAll(extra);
    List<Path> files = new ArrayList<>();
    for (Path p : config) files.add(p.isAbsolute() ? p : p.toAbsolutePath().normalize());
    Path dest = destination != null
        ? destination.toAbsolutePath().normalize()
        : configuredDestination(src, files, overrides);
    BuildOptions options =
        new BuildOptions(src, dest, files, overrides, drafts, future, unpublished, BuildOptions.environmentFromEnv());
    if (themePath == null) return options;
    List<Path> dirs = new ArrayList<>();
    for (Path p : themePath) dirs.add(p.toAbsolutePath().normalize());
    dirs.addAll(BuildOptions.themePathFromEnv());
    return options.withThemePath(dirs);
  }

  /**
   * Without {@code -d}: the config's {@code destination} (default {@code _site}), relative to
   * the source folder. Jekyll expands it against the working folder, which is the same folder
   * when Jekyll is run from the site, as it nearly always is. A config that does not load leaves
   * the default here: the build then reports the config's error with its file and line.
   */
  static Path configuredDestination(Path src, List<Path> files, Map<String, Object> overrides) {
    String configured = "_site";
    try {
      configured = io.jekyll4j.config.ConfigLoader.load(src, files, overrides).string("destination", "_site");
    } catch (RuntimeException e) {
      // reported by the build itself
    }
    return src.resolve(configured).toAbsolutePath().normalize();
  }
}

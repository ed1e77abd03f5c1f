package io.jekyll4j.build;

import io.jekyll4j.config.SiteConfig;
import io.jekyll4j.diag.Diagnostics;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.source.Theme;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The converters, include files and Liquid engine (with its parsed-template cache) of a build.
 * A partial rebuild reuses the previous build's session, so that layouts and includes are not
 * parsed again for each edit; the planner only allows a partial rebuild when no config, layout,
 * include or converter input changed, so the cached templates and includes are still right.
 */
final class RenderSession {
  private final Path source;
  private final Object configRaw;
  private final AtomicReference<Diagnostics> diagnostics;
  final SiteConverters converters;
  final IncludeFiles includes;
  /** The Liquid engine, set up on a thread of its own while the build generates and links. */
  private final java.util.concurrent.FutureTask<LiquidEngine> liquid;

  private final Optional<Theme> theme;
  private final java.util.List<Plugins.Loaded> plugins;

  private RenderSession(Path source, SiteConfig config, Optional<Theme> theme, Diagnostics diagnostics,
      Plugins plugins, io.jekyll4j.convert.ConversionCache cache) {
    this.plugins = plugins.enabled();
    this.source = source;
    this.configRaw = config.raw();
    this.theme = theme;
    this.diagnostics = new AtomicReference<>(diagnostics);
    this.converters = new SiteConverters(source, config, theme.flatMap(Theme::sassPath), plugins.converters(),
        cache);
    this.includes = new IncludeFiles(source, io.jekyll4j.config.SourcePath.relative(source, config.string("includes_dir", "_includes")),
        theme.flatMap(Theme::includesPath));
    io.jekyll4j.content.Views views = new io.jekyll4j.content.Views(source,
        c -> converters.outputExtension(c.extension()), c -> true);
    io.jekyll4j.liquid.LiquidSettings settings = Pipeline.liquidSettings(config, includes, converters,
        w -> this.diagnostics.get().warn(w), source, plugins.names());
    io.jekyll4j.liquid.PluginLiquid pluginLiquid = plugins.liquid(views::site);
    // registering some 150 filters and tags is 20-30 ms of a small site's build, which nothing
    // needs before the render
    this.liquid = new java.util.concurrent.FutureTask<>(() -> new LiquidEngine(settings, pluginLiquid));
    Thread setUp = new Thread(liquid, "jekyll4j-liquid-setup");
    setUp.setDaemon(true);
    setUp.start();
  }

  /** The session's Liquid engine (waits for its set-up; throws what the set-up threw). */
  LiquidEngine liquid() {
    liquid.run(); // here, if its thread has not begun it; else waits below
    try {
      return liquid.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting Liquid up", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The previous session when it may serve this build (a partial render with the same source
   * and config), else a fresh one; warnings go to this build's diagnostics.
   */
  static RenderSession forBuild(java.util.Optional<RenderSession> previous, boolean partial,
      Path source, SiteConfig config, Optional<Theme> theme, Diagnostics diagnostics, Plugins plugins,
      io.jekyll4j.convert.ConversionCache cache) {
    if (partial && previous.isPresent() && previous.get().source.equals(source)
        && previous.get().configRaw.equals(config.raw()) && previous.get().theme.equals(theme)
        && samePlugins(previous.get().plugins, plugins.enabled())) {
      previous.get().diagnostics.set(diagnostics);
      return previous.get();
    }
    return new RenderSession(source, config, theme, diagnostics, plugins, cache);
  }

  /** The same plugin classes from the same places (a replaced jar makes a new session). */
  private static boolean samePlugins(java.util.List<Plugins.Loaded> a, java.util.List<Plugins.Loaded> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).plugin().getClass() != b.get(i).plugin().getClass()) return false;
    }
    return true;
  }

  /** Stops what runs outside the JVM (the Sass compiler); it starts again when needed. */
  void release() {
    converters.close();
  }
}

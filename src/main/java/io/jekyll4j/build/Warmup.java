package io.jekyll4j.build;

import io.jekyll4j.config.Yaml;
import io.jekyll4j.convert.KramdownConverter;
import io.jekyll4j.highlight.Highlighter;
import io.jekyll4j.liquid.IncludeSource;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs Liquid, kramdown and YAML once on a tiny input (no code block: the lexers load only for a
 * site that highlights code), on a thread of its own, while the main thread reads the config and
 * the site. A cold JVM spends most of a small build initialising these engines' classes on one
 * core; doing it here uses the other core, so the build finds them ready. SnakeYAML first (the
 * main thread reads the config at once), then Liquid, whose set-up is the longest (liqp builds two
 * default parsers, each with a Jackson mapper, when its classes initialise), then kramdown. It lives in {@code build},
 * which may use every engine, so that {@code cli} need not. Nothing it makes is kept; its failures
 * are ignored (the build meets the same code and reports properly).
 */
public final class Warmup {
  private Warmup() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  public static void start() {
    start(true);
  }

  /**
   * As {@link #start()} for a build of {@code source}: kramdown is left cold when the site's
   * conversion cache is on disk (the build then converts only what changed, often nothing).
   */
  public static void start(java.nio.file.Path source) {
    start(!java.nio.file.Files.isRegularFile(io.jekyll4j.convert.ConversionCache.defaultFile(source)));
  }

  private static void start(boolean markdown) {
    Yaml.warmUpComing();
    Thread t = new Thread(() -> run(markdown), "jekyll4j-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run(boolean markdown) {
    try {
      // SnakeYAML first: the config is read at once, and a config with a nested map or a comment
      // (nearly all) goes past the simple reader to SnakeYAML. The loader made here (its classes,
      // java.util.logging's, which it starts, and its resolver) is the one the main thread's
      // config load takes: that load waits for it rather than make a second one
      Yaml.warmUp("warmup:\n  nested: [a, b]\n");
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
      LiquidEngine liquid = new LiquidEngine(new LiquidSettings(false, false, "warn", ZoneOffset.UTC,
          none, s -> s, s -> s, (text, syntax) -> text, warning -> { }));
      liquid.render("warmup.html",
          "{% assign n = list | size %}{% for x in list %}{% if x != \"\" %}{{ x | upcase | escape }}"
              + "{% endif %}{% endfor %}{{ page.title | default: \"t\" }}{{ n | plus: 1 }}",
          1, Map.of("list", List.of("a", "b"), "page", Map.of("title", "T")));
      if (markdown) new KramdownConverter(Map.of(), new Highlighter()).convert("# Heading\n\nSome *text*, `code`, \"quotes\" and a [link](/x \"t\").\n\n"
          + "- one\n- two\n\n> quote\n");
      Yaml.loadMap("title: Warm up\ntags: [a, b]\ndate: 2024-01-02 10:00:00 +0000\n", "warmup", 1);
    } catch (RuntimeException | Error e) {
      // a warm-up only: the build runs the same code and reports what goes wrong
    }
  }
}

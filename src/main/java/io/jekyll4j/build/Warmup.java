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
 * site that highlights code), on two threads of their own, while the main thread reads the config
 * and the site. A cold JVM spends most of a small build initialising these engines' classes on one
 * core; doing it here uses the other core, so the build finds them ready. One thread sets up
 * SnakeYAML (the main thread reads the config at once) then kramdown; the other Liquid, whose
 * set-up is the longest (liqp builds two default parsers, each with a Jackson mapper, when its
 * classes initialise) and is what the main thread waits for after reading: started at once, it
 * is done sooner (one page: 0.93 of the time with both on one thread). It lives in {@code build},
 * which may use every engine, so that {@code cli} need not. Nothing it makes is kept but the YAML
 * loader (see {@link Yaml#warmUp}); its failures are ignored (the build meets the same code and
 * reports properly).
 */
public final class Warmup {
  private Warmup() {}

  /** Starts the warm-up on daemon threads and returns at once. */
  public static void start() {
    start(true, java.util.Optional.empty());
  }

  /**
   * As {@link #start()} for a build of {@code source}: kramdown is left cold when the site's
   * conversion cache is on disk (the build then converts only what changed, often nothing), and
   * SnakeYAML when the simple reader takes the site's {@code _config.yml}.
   */
  public static void start(java.nio.file.Path source) {
    start(!java.nio.file.Files.isRegularFile(io.jekyll4j.convert.ConversionCache.defaultFile(source)),
        java.util.Optional.of(source.resolve("_config.yml")));
  }

  private static void start(boolean markdown, java.util.Optional<java.nio.file.Path> config) {
    io.jekyll4j.config.YamlWarmUp.announce();
    new Step(true, markdown, config).start();
    new Step(false, false, java.util.Optional.empty()).start();
  }

  /**
   * One warm-up thread. A class, not a lambda: the JVM's first lambda sets up its lambda machinery
   * (some 20 ms, cold), which the main thread would pay before the warm-up even began; the
   * warm-up threads pay it now, beside the main thread.
   */
  private static final class Step extends Thread {
    /** SnakeYAML then kramdown; else Liquid. */
    private final boolean yaml;
    private final boolean markdown;
    private final java.util.Optional<java.nio.file.Path> config;

    Step(boolean yaml, boolean markdown, java.util.Optional<java.nio.file.Path> config) {
      super(yaml ? "jekyll4j-warmup-yaml" : "jekyll4j-warmup");
      this.yaml = yaml;
      this.markdown = markdown;
      this.config = config;
      setDaemon(true);
    }

    @Override
    public void run() {
      if (yaml) {
        yamlThenMarkdown(markdown, config);
      } else {
        liquid();
      }
    }
  }

  /**
   * SnakeYAML first: the config is read at once, and a config with a nested map or a comment
   * (nearly all) goes past the simple reader to SnakeYAML. The loader made here (its classes,
   * java.util.logging's, which it starts, and its resolver) is the one the main thread's config
   * load takes: that load waits for it rather than make a second one. Not when the simple
   * reader takes {@code config} (then SnakeYAML may never be needed: its set-up would only take
   * the core Liquid's needs). Then kramdown, needed after Liquid's layouts are parsed.
   */
  private static void yamlThenMarkdown(boolean markdown, java.util.Optional<java.nio.file.Path> config) {
    try {
      if (config.isPresent() && Yaml.readsWithoutSnakeYaml(config.get())) {
        io.jekyll4j.config.YamlWarmUp.done();
      } else {
        Yaml.warmUp("warmup:\n  nested: [a, b]\n");
      }
      // classes come from the class-data archive: the jar itself is first opened (its central
      // directory read: some 20 ms for the shaded jar) when the plugins are looked up, on the main
      // thread during configure, after the config. Opened here, beside it, the lookup finds it open.
      Warmup.class.getClassLoader().getResource("META-INF/services/" + io.jekyll4j.plugin.Plugin.class.getName());
      if (markdown) Highlighter.prepare();
      if (markdown) new KramdownConverter(Map.of(), new Highlighter()).convert("# Heading\n\nSome *text*, `code`, \"quotes\" and a [link](/x \"t\").\n\n"
          + "- one\n- two\n\n> quote\n");
      Yaml.loadMap("title: Warm up\ntags: [a, b]\ndate: 2024-01-02 10:00:00 +0000\n", "warmup", 1);
    } catch (RuntimeException | Error e) {
      // a warm-up only: the build runs the same code and reports what goes wrong
    } finally {
      io.jekyll4j.config.YamlWarmUp.done(); // nobody waits for a loader that failed or never came
    }
  }

  /**
   * Liquid, whose set-up is the longest (liqp builds two default parsers, each with a Jackson
   * mapper, when its classes initialise): on a thread of its own from the start, so that it is
   * done when the main thread has read the site.
   */
  private static void liquid() {
    try {
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
    } catch (RuntimeException | Error e) {
      // a warm-up only: the build runs the same code and reports what goes wrong
    }
  }
}

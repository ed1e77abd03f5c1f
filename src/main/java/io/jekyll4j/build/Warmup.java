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
 * Runs YAML, kramdown and Liquid once on a tiny input (no code block: the lexers load only for a
 * site that highlights code), on a thread of its own, while the
 * main thread parses the command line and reads the config. A cold JVM spends the first second of
 * a build loading, verifying and interpreting these engines' classes on one core; doing it here
 * uses the other core, so the build finds them ready. It lives in {@code build}, which may use
 * every engine, so that {@code cli} need not. Nothing it makes is kept; its failures are
 * ignored (the build meets the same code and reports properly).
 */
public final class Warmup {
  private Warmup() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  public static void start() {
    Thread t = new Thread(Warmup::run, "jekyll4j-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      Yaml.loadMap("title: Warm up\ntags: [a, b]\ndate: 2024-01-02 10:00:00 +0000\n", "warmup", 1);
      KramdownConverter markdown = new KramdownConverter(Map.of(), new Highlighter());
      markdown.convert("# Heading\n\nSome *text*, `code`, \"quotes\" and a [link](/x \"t\").\n\n"
          + "- one\n- two\n\n> quote\n");
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

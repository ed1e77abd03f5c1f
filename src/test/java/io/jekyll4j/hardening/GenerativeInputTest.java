package io.jekyll4j.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jekyll4j.build.BuildOptions;
import io.jekyll4j.build.Pipeline;
import io.jekyll4j.diag.BuildException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's generative test: pages of random YAML front matter, Liquid and Markdown from a small
 * grammar (fixed seed, so a failure repeats), built in batches through the whole pipeline. For
 * every build: nothing but a {@link BuildException} escapes, it ends in bounded time, and an
 * error names one of the generated files with a line inside it. A failing batch is rebuilt page by
 * page so that every page is tried alone too. {@code -Djekyll4j.generative.count=N} (default
 * 2000 pages) and {@code -Djekyll4j.generative.seed=S} change the run.
 */
class GenerativeInputTest {
  private static final int PAGES = Integer.getInteger("jekyll4j.generative.count", 2000);
  private static final long SEED = Long.getLong("jekyll4j.generative.seed", 17L);
  private static final int BATCH = 100;
  private static final Duration BOUND = Duration.ofSeconds(30);

  @TempDir Path root;

  @Test
  void randomPagesNeverCrashHangOrFailWithoutFileAndLine() throws Exception {
    Random r = new Random(SEED);
    int errors = 0;
    int builds = 0;
    for (int start = 0; start < PAGES; start += BATCH) {
      Path site = Files.createDirectories(root.resolve("b" + start).resolve("src"));
      Path out = root.resolve("b" + start).resolve("out");
      Files.createDirectories(site.resolve("_includes"));
      Files.writeString(site.resolve("_includes/inc.html"), "[{{ include.v | default: 'none' }}]");
      Map<String, String> pages = new LinkedHashMap<>();
      for (int i = start; i < Math.min(PAGES, start + BATCH); i++) {
        String file = (i % 3 == 2 ? "_posts/2024-01-01-g" : "g") + i + (i % 2 == 0 ? ".md" : ".html");
        pages.put(file, page(r));
        Files.createDirectories(site.resolve(file).getParent());
        Files.writeString(site.resolve(file), pages.get(file));
      }
      // build; a page named by an error is checked, taken out, and the rest built again
      while (true) {
        builds++;
        Object outcome = build(site, out, pages);
        if (!(outcome instanceof BuildException e)) break;
        errors++;
        if (Boolean.getBoolean("jekyll4j.generative.report")) System.err.println("error: " + e.describe());
        String where = e.location().get().path();
        pages.remove(where);
        Files.delete(site.resolve(where));
      }
    }
    // the grammar makes mostly valid pages, and some broken ones on purpose
    assertThat(errors).as("pages ending in an error").isPositive().isLessThan(PAGES / 4);
    if (Boolean.getBoolean("jekyll4j.generative.report")) {
      System.err.println("generative: " + PAGES + " pages, " + builds + " builds, " + errors + " errors");
    }
  }

  private Object build(Path site, Path out, Map<String, String> pages) throws Exception {
    Object[] outcome = new Object[1];
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        outcome[0] = new Pipeline(BuildOptions.of(site, out)).build();
      } catch (Throwable t) {
        outcome[0] = t;
      }
    }, () -> "hang: " + site + " took over " + BOUND.toSeconds() + " s:\n" + pages);
    if (outcome[0] instanceof BuildException e) {
      assertThat(e.location()).as(e.describe()).isPresent();
      String where = e.location().get().path();
      int line = e.location().get().line();
      assertThat(pages).as("the error names a generated file: " + e.describe()).containsKey(where);
      long lines = pages.get(where).lines().count();
      assertThat(line).as("the error's line is inside " + where + ": " + e.describe() + "\n" + pages.get(where))
          .isBetween(1, (int) lines + 1);
      assertThat(e.describe()).contains(e.location().get().toString());
    } else if (outcome[0] instanceof Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      fail("crash on " + site + ":\n" + pages + "\n" + trace);
    }
    return outcome[0];
  }

  // ---- the grammar ----

  private static final String[] WORDS = {"alpha", "beta", "x", "1", "-2", "3.5", "true", "nil", "''", "\"q\"", "é✓", "a b"};
  private static final String[] VALUES = {"alpha", "x", "1", "-2", "3.5", "true", "nil", "''", "\"q\""};
  private static final String[] VARS = {"page.title", "page.n", "page.list", "site.title", "x", "page.list[0]",
      "page.map.k", "site.pages.size", "page", "forloop.index", "include.v", "nothing.at.all"};
  private static final String[] FILTERS = {"upcase", "size", "first", "last", "join: '-'", "append: 'z'",
      "plus: 1", "minus: 'a'", "divided_by: 3", "modulo: 2", "date: '%Y'", "default: 'd'", "split: ','",
      "jsonify", "markdownify", "escape", "where: 'a', 1", "map: 'x'", "truncate: 3",
      "slice: 1, 2", "replace: 'a', 'b'", "strip_html", "xml_escape", "relative_url", "nosuch"};

  static String page(Random r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(10) < 8) sb.append("---\n").append(frontMatter(r)).append("---\n");
    int blocks = 1 + r.nextInt(6);
    for (int i = 0; i < blocks; i++) sb.append(r.nextBoolean() ? markdown(r, 0) : liquid(r, 0)).append('\n');
    if (r.nextInt(20) == 0) sb.append(broken(r));
    return sb.toString();
  }

  static String frontMatter(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(9)) {
        case 0 -> sb.append("title: ").append(pick(r, WORDS)).append('\n');
        case 1 -> sb.append("n: ").append(r.nextInt(2000) - 1000).append('\n');
        case 2 -> sb.append("list: [").append(pick(r, WORDS)).append(", ").append(pick(r, WORDS)).append("]\n");
        case 3 -> sb.append("map:\n  k: ").append(pick(r, WORDS)).append('\n');
        case 4 -> sb.append("date: 20").append(10 + r.nextInt(20)).append("-0").append(1 + r.nextInt(9)).append("-1").append(r.nextInt(10)).append('\n');
        case 5 -> sb.append("tags: ").append(pick(r, WORDS)).append('\n');
        case 6 -> sb.append("permalink: /").append(r.nextBoolean() ? ":title/" : "g/" + r.nextInt(1000) + "/").append('\n');
        case 7 -> sb.append(pick(r, new String[] {"a: [unclosed\n", "\tb: 1\n", "- item\n", "just: a: b\n", "c: &x 1\nd: *x\n", "e: !!str 5\n"}));
        default -> sb.append("published: ").append(r.nextInt(8) == 0 ? "false" : "true").append('\n');
      }
    }
    return sb.toString();
  }

  static String liquid(Random r, int depth) {
    int k = depth > 3 ? r.nextInt(3) : r.nextInt(11);
    return switch (k) {
      case 0 -> "{{ " + pick(r, VARS) + filters(r) + " }}";
      case 1 -> "{{ " + pick(r, WORDS) + filters(r) + " }}";
      case 2 -> "text " + pick(r, WORDS);
      case 3 -> "{% if " + pick(r, VARS) + " " + pick(r, new String[] {"==", "!=", ">", "contains", "and", "or"}) + " "
          + pick(r, VALUES) + " %}" + liquid(r, depth + 1) + (r.nextBoolean() ? "{% else %}" + liquid(r, depth + 1) : "") + "{% endif %}";
      case 4 -> "{% for x in " + pick(r, new String[] {"page.list", "(1..5)", "site.pages", "(3..1)", "page.map", "nothing"})
          + (r.nextBoolean() ? " limit: 2" : "") + " %}" + liquid(r, depth + 1) + "{% endfor %}";
      case 5 -> "{% assign x = " + pick(r, WORDS) + filters(r) + " %}";
      case 6 -> "{% capture x %}" + liquid(r, depth + 1) + "{% endcapture %}{{ x }}";
      case 7 -> "{% include inc.html v=" + pick(r, VALUES) + " %}";
      case 8 -> "{% case " + pick(r, VARS) + " %}{% when " + pick(r, VALUES) + " %}" + liquid(r, depth + 1) + "{% endcase %}";
      case 9 -> "{% raw %}{{ " + pick(r, WORDS) + " }}{% endraw %}";
      default -> "{% unless " + pick(r, VARS) + " %}" + markdown(r, depth + 1) + "{% endunless %}";
    };
  }

  static String filters(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) sb.append(" | ").append(pick(r, FILTERS));
    return sb.toString();
  }

  static String markdown(Random r, int depth) {
    int k = depth > 3 ? r.nextInt(3) : r.nextInt(12);
    return switch (k) {
      case 0 -> "*" + pick(r, WORDS) + "* and **" + pick(r, WORDS) + "** `" + pick(r, WORDS) + "`";
      case 1 -> "[" + pick(r, WORDS) + "](/" + pick(r, new String[] {"a", "b c", "%20", "../x", ""}) + ")";
      case 2 -> "plain " + pick(r, WORDS) + " _" + pick(r, WORDS);
      case 3 -> "\n# " + pick(r, WORDS) + "\n";
      case 4 -> "\n> " + markdown(r, depth + 1).replace("\n", "\n> ") + "\n";
      case 5 -> "\n- " + markdown(r, depth + 1) + "\n- " + liquid(r, depth + 1) + "\n";
      case 6 -> "\n```\ncode {{ x }}\n```\n";
      case 7 -> "\n| a | b |\n|---|---|\n| " + pick(r, WORDS) + " | " + liquid(r, depth + 1) + " |\n";
      case 8 -> "\n<div markdown=\"1\">\n" + markdown(r, depth + 1) + "\n</div>\n";
      case 9 -> "text[^" + r.nextInt(3) + "]\n\n[^" + r.nextInt(3) + "]: note\n";
      case 10 -> "\n{: .c #i}\n" + pick(r, WORDS) + "\n{::comment}x{:/comment}\n";
      default -> "$$ x^" + r.nextInt(9) + " $$ <span>" + pick(r, WORDS) + "</span>";
    };
  }

  /** A construct left open or malformed on purpose. */
  static String broken(Random r) {
    return pick(r, new String[] {"{% if x %}open", "{% for %}", "{{ x | }}", "{% endif %}", "{% nosuch %}",
        "{% include missing.html %}", "{{ 'a' | date: '%Q' }}", "{{ 1 | divided_by: 0 }}", "{{ nil | sort }}", "{{ 5 | slugify }}", "{% include inc.html v=a b %}", "{{ 2 | round: 'x' }}", "{% raw %}never closed", "{% comment %}x",
        "{{ x", "{% assign = %}", "{% for i in (1..3) %}{% break %}"});
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}

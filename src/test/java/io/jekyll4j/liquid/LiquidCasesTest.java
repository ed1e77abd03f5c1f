package io.jekyll4j.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jekyll4j.build.LiquidProbe;
import io.jekyll4j.diag.BuildException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every case of {@code liquid/cases.json} (outputs made by real Jekyll 4.3.1 on Liquid
 * 4.0.4, see {@code src/test/scripts/liquid-oracle.rb}) as {@code page.html} of the fixture site,
 * and requires the exact output, or an error of the same kind (syntax or render).
 */
class LiquidCasesTest {
  private static final Map<String, LiquidProbe> PROBES = new ConcurrentHashMap<>();
  private static final Map<String, String> KNOWN = knownFailures();
  private static final Map<String, String> UPSTREAM = upstreamOutputs();

  /**
   * Case name to the output upstream Jekyll 4.3 gives where the oracle (Debian's packages)
   * differs from it, from {@code liquid/upstream-differences.tsv} ({@code name<TAB>JSON string
   * of the output<TAB>why}). These cases are held to the upstream output.
   */
  private static Map<String, String> upstreamOutputs() {
    Map<String, String> upstream = new java.util.HashMap<>();
    try (InputStream in = LiquidCasesTest.class.getResourceAsStream("/liquid/upstream-differences.tsv")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", 3);
        upstream.put(f[0], new ObjectMapper().readValue(f[1], String.class));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return upstream;
  }

  /** Case name to reason, from {@code liquid/known-failures.txt} ({@code name<TAB>reason}). */
  private static Map<String, String> knownFailures() {
    Map<String, String> known = new java.util.HashMap<>();
    try (InputStream in = LiquidCasesTest.class.getResourceAsStream("/liquid/known-failures.txt")) {
      if (in == null) return known;
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        known.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return known;
  }

  static Stream<Arguments> cases() throws Exception {
    return load("/liquid/cases.json");
  }

  /** Our own cases (same oracle, see {@code src/test/scripts/liquid-extra-cases.sh}). */
  static Stream<Arguments> extraCases() throws Exception {
    return load("/liquid/extra-cases.json");
  }

  @SuppressWarnings("unchecked")
  private static Stream<Arguments> load(String resource) throws Exception {
    try (InputStream in = LiquidCasesTest.class.getResourceAsStream(resource)) {
      List<Map<String, Object>> all = new ObjectMapper().readValue(in, List.class);
      return all.stream().map(c -> Arguments.of(Named.of(String.valueOf(c.get("name")), c)));
    }
  }

  @AfterAll
  static void closeProbes() {
    PROBES.values().forEach(LiquidProbe::close);
    PROBES.clear();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersAsJekyllDoes(Map<String, Object> c) throws Exception {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extraCases")
  void rendersOurOwnCasesAsJekyllDoes(Map<String, Object> c) throws Exception {
    check(c);
  }

  /**
   * Runs a case; a case listed in {@code known-failures.txt} that still fails is reported as
   * skipped with the listed reason (run with {@code -Dliquid.cases.strict=true} to see it fail).
   */
  private void check(Map<String, Object> c) throws Exception {
    try {
      checkExactly(c);
    } catch (AssertionError e) {
      String reason = KNOWN.get(String.valueOf(c.get("name")));
      if (reason == null || Boolean.getBoolean("liquid.cases.strict")) throw e;
      Assumptions.abort("known gap: " + reason);
    }
  }

  /** Cases of the parser ({@code p.*}) also pin the exact error message and the warnings. */
  private static boolean pinsMessages(Map<String, Object> c) {
    return String.valueOf(c.get("name")).startsWith("p.");
  }

  @SuppressWarnings("unchecked")
  private void checkExactly(Map<String, Object> c) throws Exception {
    Path site = fixture();
    Map<String, Object> overrides = (Map<String, Object>) c.get("site");
    if (pinsMessages(c)) {
      // a probe of its own: warnings are reported once per probe
      try (LiquidProbe own = new LiquidProbe(site, overrides, "development")) {
        checkWith(own, c, site);
        List<String> want = c.get("warnings") == null ? List.of() : (List<String>) c.get("warnings");
        List<String> got = own.warnings().stream()
            .filter(w -> w.startsWith(WARNING))
            .map(w -> w.substring(WARNING.length()).replaceFirst(" in page\\.html$", ""))
            .toList();
        assertThat(got).as("warnings").isEqualTo(want);
      }
      return;
    }
    LiquidProbe probe =
        PROBES.computeIfAbsent(String.valueOf(overrides), k -> new LiquidProbe(site, overrides, "development"));
    checkWith(probe, c, site);
  }

  private static final String WARNING = "Liquid Warning: ";

  @SuppressWarnings("unchecked")
  private void checkWith(LiquidProbe probe, Map<String, Object> c, Path site) throws Exception {
    String template = (String) c.get("template");
    Map<String, Object> context = (Map<String, Object>) c.get("context");
    Map<String, Object> error = (Map<String, Object>) c.get("error");
    String output;
    try {
      output = probe.render(template, context);
    } catch (BuildException e) {
      if (error == null) {
        fail("expected output " + quote(c.get("expected")) + " but failed: " + e.getMessage(), e);
      }
      boolean syntax = e.getMessage().startsWith("Liquid syntax error");
      boolean wantSyntax = "Liquid::SyntaxError".equals(error.get("class"));
      assertThat(syntax)
          .as("error kind: want %s (%s), got: %s", error.get("class"), error.get("message"), e.getMessage())
          .isEqualTo(wantSyntax);
      if (pinsMessages(c)) assertThat(e.getMessage()).as("error message").contains((String) error.get("message"));
      return;
    }
    if (error != null) {
      fail("expected error " + error + " but rendered " + quote(output));
    }
    String actual = output.replace(site.toString(), "<site>");
    String name = String.valueOf(c.get("name"));
    assertThat(actual).isEqualTo(UPSTREAM.containsKey(name) ? UPSTREAM.get(name) : c.get("expected"));
  }

  private static String quote(Object s) {
    return "\"" + s + "\"";
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(LiquidCasesTest.class.getResource("/liquid/fixture-site").toURI());
  }
}

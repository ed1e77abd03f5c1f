package io.jekyll4j.liquid.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jekyll4j.diag.BuildException;
import io.jekyll4j.liquid.IncludeSource;
import io.jekyll4j.liquid.LiquidEngine;
import io.jekyll4j.liquid.LiquidSettings;
import io.jekyll4j.liquid.core.LiquidTemplate;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java side of {@code src/test/scripts/liquid-parse-fuzz}: parses and renders each template
 * of a JSON list in one error mode and writes, per template, the warnings, the output or the
 * error, for comparison with Liquid 4.0.4's. Not a test; run by the script.
 */
public final class DifferentialRun {
  private DifferentialRun() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    List<String> templates = new ObjectMapper().readValue(Path.of(args[1]).toFile(), List.class);
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
    List<Map<String, Object>> out = new ArrayList<>();
    int i = 0;
    for (String src : templates) {
      LiquidEngine engine = new LiquidEngine(new LiquidSettings(false, false, mode, ZoneOffset.UTC, none,
          s -> s, s -> s, (s, t) -> s, w -> {}, List.of()));
      Map<String, Object> r = new LinkedHashMap<>();
      String name = "t" + i++;
      try {
        LiquidTemplate t = engine.parse(name, src, 1);
        List<String> warnings = new ArrayList<>();
        for (String w : t.warnings()) {
          warnings.add(w.replaceFirst("^Liquid Warning: ", "").replaceFirst(" in " + name + "$", ""));
        }
        r.put("warnings", warnings);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 2L);
        a.put("b-c", "q");
        Map<String, Object> vars = new HashMap<>();
        vars.put("x", "ab");
        vars.put("a", a);
        vars.put("arr", List.of(1L, 2L, 3L));
        vars.put("n", 2L);
        try {
          r.put("output", engine.render(name, src, 1, vars));
        } catch (RuntimeException e) {
          r.put("render_error", String.valueOf(e.getMessage()));
        }
      } catch (BuildException e) {
        r.put("error", e.getMessage());
      }
      out.add(r);
    }
    new ObjectMapper().writeValue(Path.of(args[2]).toFile(), out);
  }
}

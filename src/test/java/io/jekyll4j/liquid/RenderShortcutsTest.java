package io.jekyll4j.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.diag.BuildException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The render path's shortcuts give what the long way gave: a template rendered again (bodies
 * that remember their blankness, include markups read once), lookups along nested scopes,
 * filter chains with arguments, the one-pass Liquid test, and printed pieces joined at the end.
 */
class RenderShortcutsTest {
  private final Map<String, String> includes = new HashMap<>();
  private final LiquidEngine engine =
      new LiquidEngine(
          new LiquidSettings(false, false, "warn", ZoneOffset.UTC, new LiquidEngineTest.MapIncludes(includes),
              s -> s, s -> s, (s, syntax) -> s, w -> { }));

  private String render(String template, Map<String, Object> vars) {
    return engine.render("page.html", template, 1, vars);
  }

  @Test
  void aBlankBlockPrintsNothingOnEveryRenderOfTheSameTemplate() {
    String template = "a{% if x %}\n  {% assign y = 1 %}\n{% endif %}b{% if x %}\n c {% endif %}{{ y }}";
    for (int i = 0; i < 3; i++) {
      assertThat(render(template, Map.of("x", true))).isEqualTo("ab\n c 1");
      assertThat(render(template, Map.of())).isEqualTo("ab");
    }
  }

  @Test
  void aLookupReadsTheNearestScopeThatHoldsTheName() {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("x", "outer");
    vars.put("items", List.of("a", "b"));
    assertThat(render("{% for x in items %}[{{ x }}]{% endfor %}{{ x }}", vars)).isEqualTo("[a][b]outer");
    // a nil item is nil in the loop's scope (Liquid's find_variable), not the outer x; made by real Jekyll
    vars.put("items", java.util.Arrays.asList(1L, null, 2L));
    assertThat(render("{% for x in items %}[{{ x }}]{% endfor %}{{ x }}", vars)).isEqualTo("[1][][2]outer");
    assertThat(render("{% for x in (1..2) %}{% assign x = nothing %}({{ x }}){% endfor %}", vars))
        .isEqualTo("(1)(2)");
    assertThat(render("{{ page.title }}|{{ page.missing.deeper }}|{{ page.tags.size }}|{{ page.tags[1] }}",
        Map.of("page", Map.of("title", "T", "tags", List.of("a", "b"))))).isEqualTo("T||2|b");
  }

  @Test
  void aFilterChainPassesItsArgumentsInOrder() {
    String template = "{{ t | append: '-' | append: n | replace: 'a', 'b' | truncate: 6, '~' | upcase }}";
    assertThat(render(template, Map.of("t", "aaaa", "n", 12L))).isEqualTo("BBBB-~");
    assertThat(render("{{ xs | join }}|{{ xs | join: ', ' }}|{{ nothing | default: 'y' }}",
        Map.of("xs", List.of(1L, 2L)))).isEqualTo("1 2|1, 2|y");
  }

  @Test
  void anIncludeWithLiquidInItsNameIsReadAgainForEachRender() {
    includes.put("a.html", "A{{ include.v }}");
    includes.put("b.html", "B{{ include.v }}");
    String template = "{% include {{ name }} v=\"1\" %}|{% include a.html v=w %}";
    assertThat(render(template, Map.of("name", "a.html", "w", "x"))).isEqualTo("A1|Ax");
    assertThat(render(template, Map.of("name", "b.html", "w", "y"))).isEqualTo("B1|Ay");
  }

  @Test
  void anIncludeOfABadFileNameFailsOnEveryRender() {
    for (int i = 0; i < 2; i++) {
      BuildException e = catchThrowableOfType(() -> render("{% include ../x.html %}", Map.of()), BuildException.class);
      assertThat(e.getMessage()).contains("Invalid syntax for include tag. File contains invalid characters");
    }
  }

  @Test
  void textHasLiquidOnlyWithAnOpeningPair() {
    assertThat(LiquidEngine.mayHaveLiquid("")).isFalse();
    assertThat(LiquidEngine.mayHaveLiquid("{")).isFalse();
    assertThat(LiquidEngine.mayHaveLiquid("a { {b} %} {")).isFalse();
    assertThat(LiquidEngine.mayHaveLiquid("{x{{")).isTrue();
    assertThat(LiquidEngine.mayHaveLiquid("x {%")).isTrue();
    assertThat(LiquidEngine.mayHaveLiquid("{{")).isTrue();
  }

  @Test
  void printedPiecesAreJoinedInOrderAndNilPrintsNothing() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("n", null);
    vars.put("f", 2.0);
    vars.put("h", Map.of("a", 1L));
    assertThat(render("{{ n }}", vars)).isEmpty();
    assertThat(render("{{ f }}", vars)).isEqualTo("2.0");
    assertThat(render("a{{ n }}b{{ f }}{% for i in (1..12) %}{{ i }}{% endfor %}{{ h }}", vars))
        .isEqualTo("ab2.0123456789101112{\"a\"=>1}");
  }

  @Test
  void escapeLeavesPlainTextAndEscapesTheRest() {
    assertThat(render("{{ 'plain text' | escape }}|{{ s | escape }}", Map.of("s", "a&b<c>'d\"")))
        .isEqualTo("plain text|a&amp;b&lt;c&gt;&#39;d&quot;");
  }
}

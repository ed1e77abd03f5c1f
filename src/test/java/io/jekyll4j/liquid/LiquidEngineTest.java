package io.jekyll4j.liquid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jekyll4j.diag.BuildException;
import io.jekyll4j.diag.SourceLocation;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LiquidEngineTest {
  private final Map<String, String> includes = new HashMap<>();
  private final List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final LiquidEngine engine =
      new LiquidEngine(
          new LiquidSettings(false, false, "warn", ZoneOffset.UTC, new MapIncludes(includes),
              s -> "<p>" + s + "</p>\n", s -> s, (s, syntax) -> s, warnings::add));

  private String render(String template, Map<String, Object> vars) {
    return engine.render("page.html", template, 1, vars);
  }

  @Test
  void aSyntaxErrorInAnIncludeNamesTheIncludeAndTheCallingLine() {
    includes.put("bad.html", "ok\n{% if %}");
    BuildException e = catchThrowableOfType(
        () -> render("line one\n{% include bad.html %}", Map.of()), BuildException.class);
    assertThat(e.getMessage()).startsWith("Liquid syntax error");
    assertThat(e.location()).contains(new SourceLocation("_includes/bad.html", 2));
    assertThat(e.chain()).containsExactly("included from page.html:2");
  }

  @Test
  void anUnregisteredTagIsAnUnknownTagAsLiquidSaysIt() {
    BuildException e = catchThrowableOfType(
        () -> render("a\n{% gist 5555251 gist.md %}", Map.of()), BuildException.class);
    assertThat(e.getMessage()).startsWith("Liquid syntax error (line 2): Unknown tag 'gist'");
  }

  /**
   * jekyll-feed writes an author list through {@code xml_escape}; Jekyll's filter takes Ruby's
   * {@code to_s}, so an array comes out in its inspect form (output of real Jekyll 4.3.1 for
   * {@code list: ["Bart", "Nelson <M>"]}, {@code num: [1, 2.5]}).
   */
  @Test
  void xmlEscapeWritesAnArrayAsRubyDoes() {
    String out = render("{{ list | xml_escape }}|{{ num | xml_escape }}|{{ h | xml_escape }}",
        Map.of("list", List.of("Bart", "Nelson <M>"), "num", List.of(1L, 2.5), "h", Map.of("a", 1L)));
    assertThat(out).isEqualTo("[&quot;Bart&quot;, &quot;Nelson &lt;M&gt;&quot;]|[1, 2.5]|{&quot;a&quot;=&gt;1}");
  }

  @Test
  void aFilterErrorNamesTheLineOfTheTemplate() {
    BuildException e = catchThrowableOfType(
        () -> engine.render("_layouts/x.html", "a\nb\n{{ 1 | divided_by: 0 }}", 5, Map.of()), BuildException.class);
    assertThat(e.location()).contains(new SourceLocation("_layouts/x.html", 7));
    assertThat(e.getMessage()).contains("divided by 0");
  }

  @Test
  void includeNamesMayContainLiquidAndParametersAreReadAsInclude() {
    includes.put("item-a.html", "A{{ include.n }}");
    String out = render("{% for l in letters %}{% include item-{{ l }}.html n=forloop.index %}{% endfor %}",
        Map.of("letters", List.of("a", "a")));
    assertThat(out).isEqualTo("A1A2");
  }

  @Test
  void sortTakesTheNilPositionArgument() {
    List<Object> pages = List.of(Map.of("t", "b", "nav_order", 2), Map.of("t", "none"), Map.of("t", "a", "nav_order", "1"));
    assertThat(render("{{ p | sort: 'nav_order', 'last' | map: 't' | join: ',' }}", Map.of("p", pages)))
        .isEqualTo("a,b,none");
    assertThat(render("{{ p | sort: 'nav_order' | map: 't' | join: ',' }}", Map.of("p", pages)))
        .isEqualTo("none,a,b");
  }

  @Test
  void caseRendersEveryMatchingWhenAndElseOnlyWithoutAMatch() {
    assertThat(render("{% case x %}{% when 1 %}a{% when 1 %}b{% else %}c{% endcase %}", Map.of("x", 1L))).isEqualTo("ab");
    assertThat(render("{% case x %}{% when 1 %}a{% else %}c{% endcase %}", Map.of("x", 2L))).isEqualTo("c");
  }

  @Test
  void valuesPrintAsRubyPrintsThem() {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("a", 1L);
    h.put("b", "x");
    assertThat(render("{{ h }}|{{ n }}|{{ 2.0 }}|{% assign r = (1..3) %}{{ r }}", Map.of("h", h, "n", List.of(1L, List.of(2L, 3L)))))
        .isEqualTo("{\"a\"=>1, \"b\"=>\"x\"}|123|2.0|1..3");
  }

  @Test
  void laxParsingWarnsAtEveryRenderOfTheCachedTemplateAsJekyllsRendererDoes() {
    assertThat(render("{{ 'abc'.size }}", Map.of())).isEqualTo("abc");
    render("{{ 'abc'.size }}", Map.of());
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).startsWith("Liquid Warning: Liquid syntax error (line 1)").endsWith("in page.html");
  }

  @Test
  void unknownFiltersPassTheirInputThrough() {
    assertThat(render("{{ 'x' | no_such_filter: 1 }}", Map.of())).isEqualTo("x");
  }

  @Test
  void manyPagesRenderInParallelWithTheSameResult() {
    includes.put("p.html", "{% assign t = include.v | times: 2 %}{{ t }}");
    String template = "{% for i in (1..5) %}{% include p.html v=i %},{% endfor %}{{ xs | sort | join: '-' }}";
    Map<String, Object> vars = Map.of("xs", List.of(3L, 1L, 2L));
    List<String> outs = IntStream.range(0, 200).parallel().mapToObj(i -> render(template, vars)).toList();
    assertThat(outs).containsOnly("2,4,6,8,10,1-2-3");
  }

  /** Includes from memory, for tests (also RenderShortcutsTest's). */
  record MapIncludes(Map<String, String> files) implements IncludeSource {
    @Override
    public Optional<Found> include(String name) {
      return Optional.ofNullable(files.get(name)).map(t -> new Found("_includes/" + name, t));
    }

    @Override
    public Optional<Found> relative(String dir, String name) {
      return Optional.empty();
    }
  }
}

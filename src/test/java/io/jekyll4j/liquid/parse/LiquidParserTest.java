package io.jekyll4j.liquid.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.AtomNode;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;
import liqp.parser.Flavor;
import liqp.tags.Tag;
import org.junit.jupiter.api.Test;

class LiquidParserTest {
  /** A plugin-style tag that prints where it stands and what its markup says. */
  private static final class WhereTag extends Tag {
    WhereTag() {
      super("where_am_i");
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
      Origin o = Origin.of(nodes[0].render(context));
      return o.where() + "[" + o.markup() + "]";
    }
  }

  private final TemplateParser liqp =
      new TemplateParser.Builder().withFlavor(Flavor.JEKYLL).withTag(new WhereTag()).build();

  private LiquidParser parser(LiquidParser.ErrorMode mode, int firstLine) {
    TagRegistry tags = StandardTags.registry();
    tags.register("where_am_i", TagParser.markup(liqp.insertions.get("where_am_i")));
    return new LiquidParser("t.html", firstLine, tags, liqp, mode, false);
  }

  private static String render(LNode root, TemplateParser liqp) {
    StringBuilder out = new StringBuilder();
    TemplateContext context = new TemplateContext(liqp, new java.util.HashMap<>());
    for (LNode n : ((BlockNode) root).getChildren()) out.append(n.render(context));
    return out.toString();
  }

  @Test
  void tokensCarryTheLineTheyStartOnAndAnOutputEndsAtTheFirstClosingBraces() {
    List<Tokenizer.Token> tokens = Tokenizer.tokenize("a\n{% if x %}\nb{{ '}}' }}");
    List<String> texts = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    tokens.forEach(t -> {
      texts.add(t.text());
      lines.add(t.line());
    });
    assertThat(texts).containsExactly("a\n", "{% if x %}", "\nb", "{{ '}}", "' }}");
    assertThat(lines).containsExactly(1, 2, 2, 3, 3);
  }

  @Test
  void aRegisteredTagGetsItsMarkupAndItsLineInTheFile() {
    LiquidParser.Result r = parser(LiquidParser.ErrorMode.WARN, 3).parse("x\n{%- where_am_i  a b -%}\ny");
    assertThat(render(r.root(), liqp)).isEqualTo("xt.html:4[a b ]y");
  }

  @Test
  void warnModeRecordsTheStrictErrorThenReadsTheMarkupLaxly() {
    LiquidParser.Result r = parser(LiquidParser.ErrorMode.WARN, 1).parse("a\n{{ 'x' | upcase | | append: 'y' }}");
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).format(0))
        .isEqualTo("Liquid syntax error (line 2): Expected id but found pipe in \"{{ 'x' | upcase | | append: 'y' }}\"");
    assertThat(parser(LiquidParser.ErrorMode.LAX, 1).parse("{{ 'x' | | upcase }}").warnings()).isEmpty();
  }

  @Test
  void strictModeFailsAtTheTagsLine() {
    LiquidSyntaxError e = catchThrowableOfType(
        () -> parser(LiquidParser.ErrorMode.STRICT, 1).parse("a\n\n{% for i in x | f %}{% endfor %}"),
        LiquidSyntaxError.class);
    assertThat(e.format(0))
        .isEqualTo("Liquid syntax error (line 3): Expected end_of_string but found pipe in \"i in x | f\"");
  }

  @Test
  void blocksReportUnknownTagsWrongDelimitersAndMissingEnds() {
    LiquidParser p = parser(LiquidParser.ErrorMode.WARN, 1);
    assertThat(catchThrowableOfType(() -> p.parse("{% if a %}\n{% nope %}{% endif %}"), LiquidSyntaxError.class)
        .format(0)).isEqualTo("Liquid syntax error (line 2): Unknown tag 'nope'");
    assertThat(catchThrowableOfType(() -> parser(LiquidParser.ErrorMode.WARN, 1).parse("{% unless a %}\n\n"),
        LiquidSyntaxError.class).format(0)).isEqualTo("Liquid syntax error (line 3): 'unless' tag was never closed");
    assertThat(catchThrowableOfType(() -> parser(LiquidParser.ErrorMode.WARN, 1).parse("{% case a %}{% endif %}"),
        LiquidSyntaxError.class).format(0))
        .isEqualTo("Liquid syntax error (line 1): 'endif' is not a valid delimiter for case tags. use endcase");
  }

  @Test
  void whitespaceControlTrimsTheNeighbouringTextAtParseTime() {
    LiquidParser.Result r = parser(LiquidParser.ErrorMode.WARN, 1).parse(" a \n {%- comment -%} x {%- endcomment -%} \n b ");
    assertThat(render(r.root(), liqp)).isEqualTo(" ab ");
  }

  @Test
  void literalsAndLookupsAsExpressionParseReadsThem() {
    assertThat(Expressions.parse("'a b'").render(null)).isEqualTo("a b");
    assertThat(Expressions.parse("-12").render(null)).isEqualTo(-12L);
    assertThat(Expressions.parse("1.5.2").render(null)).isEqualTo(1.5);
    assertThat(Expressions.parse("(1..3)").render(null)).hasToString("1..3");
    assertThat(Expressions.parse("nil")).isSameAs(Expressions.NIL);
    assertThat(Expressions.parse("blank")).isSameAs(AtomNode.BLANK);
  }
}

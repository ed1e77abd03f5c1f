package io.jekyll4j.liquid.filter;

import java.util.Map;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;

/**
 * Ruby's argument count check for every Liquid 4 and Jekyll filter: {@code {{ 'a' | upcase: 1
 * }}} fails with "wrong number of arguments (given 2, expected 1)", counting the input. A
 * keyword argument ({@code allow_false: true}) counts as one more argument, as in Liquid 4.
 */
public final class FilterArity {
  /** Filter name to {min, max} arguments, the input included. */
  private static final Map<String, int[]> ARITY = Map.ofEntries(
      Map.entry("size", r(1, 1)), Map.entry("downcase", r(1, 1)), Map.entry("upcase", r(1, 1)),
      Map.entry("capitalize", r(1, 1)), Map.entry("escape", r(1, 1)), Map.entry("h", r(1, 1)),
      Map.entry("escape_once", r(1, 1)), Map.entry("url_encode", r(1, 1)), Map.entry("url_decode", r(1, 1)),
      Map.entry("strip", r(1, 1)), Map.entry("lstrip", r(1, 1)), Map.entry("rstrip", r(1, 1)),
      Map.entry("strip_html", r(1, 1)), Map.entry("strip_newlines", r(1, 1)), Map.entry("newline_to_br", r(1, 1)),
      Map.entry("first", r(1, 1)), Map.entry("last", r(1, 1)), Map.entry("abs", r(1, 1)), Map.entry("ceil", r(1, 1)),
      Map.entry("floor", r(1, 1)), Map.entry("reverse", r(1, 1)), Map.entry("uniq", r(1, 2)),
      Map.entry("sort_natural", r(1, 2)), Map.entry("compact", r(1, 2)), Map.entry("map", r(2, 2)),
      Map.entry("join", r(1, 2)), Map.entry("split", r(2, 2)), Map.entry("slice", r(2, 3)),
      Map.entry("truncate", r(1, 3)), Map.entry("truncatewords", r(1, 3)), Map.entry("replace", r(2, 3)),
      Map.entry("replace_first", r(2, 3)), Map.entry("remove", r(2, 2)), Map.entry("remove_first", r(2, 2)),
      Map.entry("append", r(2, 2)), Map.entry("prepend", r(2, 2)), Map.entry("concat", r(2, 2)),
      Map.entry("plus", r(2, 2)), Map.entry("minus", r(2, 2)), Map.entry("times", r(2, 2)),
      Map.entry("divided_by", r(2, 2)), Map.entry("modulo", r(2, 2)), Map.entry("round", r(1, 2)),
      Map.entry("at_least", r(2, 2)), Map.entry("at_most", r(2, 2)), Map.entry("default", r(1, 2)),
      Map.entry("date", r(2, 2)),
      Map.entry("relative_url", r(1, 1)), Map.entry("absolute_url", r(1, 1)), Map.entry("strip_index", r(1, 1)),
      Map.entry("date_to_xmlschema", r(1, 1)), Map.entry("date_to_rfc822", r(1, 1)),
      Map.entry("date_to_string", r(1, 3)), Map.entry("date_to_long_string", r(1, 3)),
      Map.entry("xml_escape", r(1, 1)), Map.entry("cgi_escape", r(1, 1)), Map.entry("uri_escape", r(1, 1)),
      Map.entry("number_of_words", r(1, 2)), Map.entry("array_to_sentence_string", r(1, 2)),
      Map.entry("markdownify", r(1, 1)), Map.entry("smartify", r(1, 1)), Map.entry("sassify", r(1, 1)),
      Map.entry("scssify", r(1, 1)), Map.entry("slugify", r(1, 2)), Map.entry("jsonify", r(1, 1)),
      Map.entry("inspect", r(1, 1)), Map.entry("where", r(3, 3)), Map.entry("where_exp", r(3, 3)),
      Map.entry("find", r(3, 3)), Map.entry("find_exp", r(3, 3)), Map.entry("group_by", r(2, 2)),
      Map.entry("group_by_exp", r(3, 3)), Map.entry("sort", r(1, 3)), Map.entry("sample", r(1, 2)),
      Map.entry("push", r(2, 2)), Map.entry("pop", r(1, 2)), Map.entry("shift", r(1, 2)), Map.entry("unshift", r(2, 2)),
      Map.entry("normalize_whitespace", r(1, 1)), Map.entry("to_integer", r(1, 1)));

  private FilterArity() {}

  private static int[] r(int min, int max) {
    return new int[] {min, max};
  }

  /** Re-registers each known filter of {@code parser} behind the argument count check. */
  public static void wrap(TemplateParser parser, TemplateParser.Builder b) {
    ARITY.forEach((name, range) -> {
      Filter inner = parser.filters.get(name);
      if (inner != null) b.withFilter(new Checked(name, inner, range[0], range[1]));
    });
  }

  private static final class Checked extends Filter {
    private final Filter inner;
    private final int min;
    private final int max;

    Checked(String name, Filter inner, int min, int max) {
      super(name);
      this.inner = inner;
      this.min = min;
      this.max = max;
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
      int given = params.length + 1;
      if (given < min || given > max) {
        String expected = min == max ? String.valueOf(min) : min + ".." + max;
        throw new IllegalArgumentException(
            "Liquid error: wrong number of arguments (given " + given + ", expected " + expected + ")");
      }
      return inner.apply(value, context, params);
    }
  }
}

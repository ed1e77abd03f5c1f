package io.jekyll4j.liquid;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;

/**
 * Filters nobody defined. Liquid passes the input through such a filter, or with {@code
 * strict_filters} fails when it runs; liqp refuses the template. So before a template is parsed,
 * the parser is extended with a stand-in for each unknown filter name the template uses.
 */
final class UnknownFilters {
  private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
  private static final Pattern FILTER_NAME = Pattern.compile("\\|\\s*([A-Za-z_][\\w-]*)");

  private UnknownFilters() {}

  /** {@code parser} itself when {@code text} uses only known filters, else an extended copy. */
  static TemplateParser extend(TemplateParser parser, String text, boolean strict) {
    TemplateParser.Builder extended = null;
    Set<String> added = new HashSet<>();
    Matcher markup = MARKUP.matcher(text);
    while (markup.find()) {
      Matcher m = FILTER_NAME.matcher(markup.group());
      while (m.find()) {
        String name = m.group(1);
        if (parser.filters.get(name) != null || !added.add(name)) continue;
        if (extended == null) extended = new TemplateParser.Builder(parser);
        extended.withFilter(standIn(name, strict));
      }
    }
    return extended == null ? parser : extended.build();
  }

  private static Filter standIn(String name, boolean strict) {
    String shown = name.startsWith(LaxMarkup.PREFIX) ? name.substring(LaxMarkup.PREFIX.length()) : name;
    return new Filter(name) {
      @Override
      public Object apply(Object value, TemplateContext context, Object... params) {
        if (strict) throw new IllegalArgumentException("Liquid error: undefined filter " + shown);
        return value;
      }
    };
  }
}

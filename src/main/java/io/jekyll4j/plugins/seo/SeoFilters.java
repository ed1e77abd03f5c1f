package io.jekyll4j.plugins.seo;

import io.jekyll4j.liquid.filter.Ruby;
import java.util.Optional;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * The site's own Liquid filters, called from Java the way jekyll-seo-tag calls Jekyll's filters
 * from Ruby, so the tag formats text, URLs and dates exactly as a template would.
 */
final class SeoFilters {
  private final TemplateContext context;

  SeoFilters(TemplateContext context) {
    this.context = context;
  }

  /** Calls the named filter on {@code value}. */
  Object call(String name, Object value, Object... params) {
    Filter f = context.getParser().filters.get(name);
    if (f == null) throw new IllegalStateException("no Liquid filter " + name);
    return f.apply(value, context, params);
  }

  String text(String name, Object value, Object... params) {
    return Ruby.toS(call(name, value, params));
  }

  /**
   * The gem's {@code format_string}: markdownify, strip_html, normalize_whitespace, escape_once;
   * empty when nothing is left.
   */
  Optional<String> format(Object value) {
    if (value == null) return Optional.empty();
    String s = text("markdownify", Ruby.toS(value));
    s = text("escape_once", text("normalize_whitespace", text("strip_html", s)));
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  String absoluteUrl(Object value) {
    return text("absolute_url", value);
  }

  String uriEscape(String value) {
    return text("uri_escape", value);
  }

  String xmlschema(Object date) {
    return text("date_to_xmlschema", date);
  }

  String jsonify(Object value) {
    return text("jsonify", value);
  }
}

package io.jekyll4j.plugins.seo;

import io.jekyll4j.plugin.TagContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's own Liquid filters, called from Java the way jekyll-seo-tag calls Jekyll's filters
 * from Ruby, so the tag formats text, URLs and dates exactly as a template would.
 */
final class SeoFilters {
  private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
  private final TagContext context;

  SeoFilters(TagContext context) {
    this.context = context;
  }

  /** Whether {@code url} has a scheme (Addressable's {@code absolute?}), as Jekyll's URL filters ask. */
  static boolean isAbsolute(String url) {
    return ABSOLUTE.matcher(url).matches();
  }

  /** Calls the named filter on {@code value}. */
  Object call(String name, Object value, Object... params) {
    return context.filter(name, value, params);
  }

  String text(String name, Object value, Object... params) {
    return toS(call(name, value, params));
  }

  /** The value as Liquid outputs it. */
  String toS(Object value) {
    return context.output(value);
  }

  /** Ruby's {@code to_s} of the value. */
  String rubyToS(Object value) {
    return context.toS(value);
  }

  /**
   * The gem's {@code format_string}: markdownify, strip_html, normalize_whitespace, escape_once;
   * empty when nothing is left.
   */
  Optional<String> format(Object value) {
    if (value == null) return Optional.empty();
    String s = text("markdownify", toS(value));
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

package io.jekyll4j.plugin;

/**
 * What a tag, block or filter sees while it renders, and the engine's Liquid services a Ruby
 * plugin reaches through Liquid's context and Jekyll's modules ({@code context[...]}, {@code
 * Jekyll::Filters}, {@code Liquid::Template.parse(...).render(context)}, the include tag).
 */
public interface TagContext {
  /**
   * The value of a variable or a dotted path ({@code page.title}, {@code site.data.nav}), as
   * Liquid resolves it, or null. Pages, documents and the site come back as maps.
   */
  Object get(String variable);

  /** The site being rendered. */
  SiteView site();

  /** The path (relative to the source) of the page, document or include being rendered. */
  String templateName();

  /** The line of the tag in {@link #templateName()} (1 for a filter, whose line is not known). */
  default int line() {
    return 1;
  }

  /**
   * Renders {@code liquid} (a template's text) in the current scope, as {@code
   * Liquid::Template.parse(text).render(context)} does in a Ruby tag: variables, filters and
   * tags of the page being rendered.
   */
  String render(String liquid);

  /**
   * Renders {@code {% include markup %}} at this tag's place ({@code markup} as the include tag
   * reads it: a file name, or a {@code {{ variable }}}, and parameters): the site's include
   * files, parameters and errors, as Jekyll's {@code Jekyll::Tags::IncludeTag}.
   */
  String include(String markup);

  /**
   * Calls the site's Liquid filter {@code name} (Jekyll's, Liquid's or a plugin's) on {@code
   * input}, as a Ruby plugin calls a method of {@code Jekyll::Filters}: {@code
   * filter("absolute_url", "/feed.xml")}.
   *
   * @throws IllegalArgumentException when the site has no such filter
   */
  Object filter(String name, Object input, Object... arguments);

  /** The text Liquid outputs for {@code value} ({@code {{ value }}}): nil is "", a list joined. */
  String output(Object value);

  /** Ruby's {@code to_s} of a Liquid value (a list or hash gives its {@code inspect}). */
  String toS(Object value);

  /** Prints a build warning (Jekyll's {@code Jekyll.logger.warn}). */
  void warn(String message);
}

package io.jekyll4j.plugin;

/** What a tag, block or filter sees while it renders. */
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
}

package io.jekyll4j.plugin;

import java.util.Map;

/**
 * Jekyll's {@code :site} hooks as typed callbacks; implement the events you need (the others do
 * nothing).
 *
 * <table>
 *   <caption>The site events</caption>
 *   <tr><th>Jekyll</th><th>method</th><th>when</th></tr>
 *   <tr><td>{@code :after_init}</td><td>{@link #afterInit}</td><td>the configuration is read; the hook may complete it</td></tr>
 *   <tr><td>{@code :after_reset}</td><td>{@link #afterReset}</td><td>a build starts (each rebuild too)</td></tr>
 *   <tr><td>{@code :post_read}</td><td>{@link #postRead}</td><td>the files are read, before generators</td></tr>
 *   <tr><td>{@code :pre_render}</td><td>{@link #preRender}</td><td>before anything renders; the payload may be changed</td></tr>
 *   <tr><td>{@code :post_render}</td><td>{@link #postRender}</td><td>everything rendered, nothing written</td></tr>
 *   <tr><td>{@code :post_write}</td><td>{@link #postWrite}</td><td>the site is written</td></tr>
 * </table>
 */
public interface SiteHooks extends Plugin {
  /**
   * {@code :after_init}: the configuration is read; the hook may complete it ({@link
   * SiteInit#set}) before anything else sees it.
   */
  default void afterInit(SiteInit site) {}

  /** {@code :after_reset}: a build (or rebuild) starts. */
  default void afterReset(ConfigView config) {}

  /** {@code :post_read}: the site is read. */
  default void postRead(SiteView site) {}

  /**
   * {@code :pre_render}: before rendering; entries put into {@code payload} become top-level
   * Liquid variables of every page and document (beside {@code site} and {@code page}).
   */
  default void preRender(SiteView site, Map<String, Object> payload) {}

  /** {@code :post_render}: every page and document rendered. */
  default void postRender(SiteView site) {}

  /** {@code :post_write}: the site is written to {@code destination}. */
  default void postWrite(SiteView site, java.nio.file.Path destination) {}
}

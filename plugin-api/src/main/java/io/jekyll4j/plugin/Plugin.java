package io.jekyll4j.plugin;

/**
 * What every plugin is: a name, as a site's {@code plugins} list names it (a gem's name for the
 * built-in ports, e.g. {@code jekyll-feed}). One class may implement several of the plugin
 * types ({@link Generator}, {@link Converter}, {@link LiquidTag}, {@link LiquidBlock}, {@link
 * LiquidFilter}, {@link SiteHooks}, {@link ItemHooks}); the engine calls each at its moment.
 *
 * <p>jekyll4j creates one instance per build session; a plugin must not keep state between
 * builds that changes its output, and must be safe to call from several threads (pages render in
 * parallel).
 */
public interface Plugin {
  /** The plugin's name, e.g. {@code jekyll-feed} or {@code my-site-plugins}. */
  String name();

  /**
   * What the plugin reads, so that {@code serve} can rebuild only what an edit affects. The
   * default, {@link Reads#everything()}, makes every rebuild of a site using the plugin a full
   * build, which is always right.
   */
  default Reads reads() {
    return Reads.everything();
  }
}

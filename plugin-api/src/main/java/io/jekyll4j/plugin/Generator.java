package io.jekyll4j.plugin;

/**
 * Jekyll's {@code Jekyll::Generator}: runs once per build after the site is read and before
 * anything renders, in {@link #priority()} order. It reads the site through {@link
 * GenerateContext#site()} and may add pages, documents and {@code site.data} entries.
 *
 * <pre>{@code
 * public final class TagIndex implements Generator {
 *   public String name() { return "tag-index"; }
 *   public void generate(GenerateContext ctx) {
 *     for (String tag : ctx.site().tags())
 *       ctx.addPage("tags/" + tag + ".html", Map.of("layout", "tag", "tag", tag), "");
 *   }
 * }
 * }</pre>
 */
public interface Generator extends Plugin {
  /** When this generator runs relative to the others (default {@link Priority#NORMAL}). */
  default Priority priority() {
    return Priority.NORMAL;
  }

  /** Adds to the site what this generator makes. */
  void generate(GenerateContext context);

  /**
   * Whether {@code item}, one this generator made, may share its output path with another item
   * without a conflict warning: Jekyll's {@code Doctor#allow_used_permalink?}, which lets
   * jekyll-redirect-from's redirect pages do so. Default: no.
   */
  default boolean allowsUsedPermalink(ItemView item) {
    return false;
  }
}

package io.jekyll4j.content;

import java.util.Map;
import java.util.Optional;

/**
 * A file with front matter outside any collection ({@code about.md}, {@code feed.xml}). A
 * generator may place a copy of a page in another folder (pagination's {@code /page2/}); the copy
 * keeps the source file and gets its own {@link Pager}.
 */
public final class Page extends Convertible {
  private final String dirOverride;
  private final Pager pager;
  private final Map<String, Object> liquid;

  public Page(String relativePath, Map<String, Object> data, String body, int bodyLine) {
    this(relativePath, data, body, bodyLine, null, null, Map.of());
  }

  private Page(String relativePath, Map<String, Object> data, String body, int bodyLine, String dir,
      Pager pager, Map<String, Object> liquid) {
    super(relativePath, data, body, bodyLine);
    this.dirOverride = dir;
    this.pager = pager;
    this.liquid = liquid;
  }

  /**
   * A copy of this page whose Liquid view is its data plus exactly these attributes (a plugin's
   * page class with its own {@code ATTRIBUTES_FOR_LIQUID}, such as jekyll-archives' archive
   * pages); values may be documents, which Liquid sees as their drops.
   */
  public Page withLiquidAttributes(Map<String, Object> attributes) {
    return new Page(relativePath(), data(), body(), bodyLine(), dirOverride, pager,
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes)));
  }

  /** The attributes given by {@link #withLiquidAttributes}, if any (empty for ordinary pages). */
  public Optional<Map<String, Object>> liquidAttributes() {
    return liquid.isEmpty() ? Optional.empty() : Optional.of(liquid);
  }

  /**
   * A copy of this page (same file and data) with a pager, placed in {@code dir} (a URL folder
   * such as {@code /page2}) or, when empty, where the page was.
   */
  public Page withPager(Pager pager, Optional<String> dir) {
    String d = dir.map(x -> x.endsWith("/") ? x : x + "/").orElse(dirOverride);
    return new Page(relativePath(), data(), body(), bodyLine(), d, pager, liquid);
  }

  /** The paginator of this page, when pagination put it in charge of one. */
  public Optional<Pager> pager() {
    return Optional.ofNullable(pager);
  }

  /** The folder as Jekyll's {@code page.dir} before a permalink: {@code /} or {@code /pages/}. */
  public String sourceDir() {
    if (dirOverride != null) return dirOverride;
    String rel = relativePath();
    int slash = rel.lastIndexOf('/');
    return slash < 0 ? "/" : "/" + rel.substring(0, slash) + "/";
  }
}

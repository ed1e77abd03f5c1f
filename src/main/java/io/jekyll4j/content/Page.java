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

  public Page(String relativePath, Map<String, Object> data, String body, int bodyLine) {
    this(relativePath, data, body, bodyLine, null, null);
  }

  private Page(
      String relativePath, Map<String, Object> data, String body, int bodyLine, String dir, Pager pager) {
    super(relativePath, data, body, bodyLine);
    this.dirOverride = dir;
    this.pager = pager;
  }

  /**
   * A copy of this page (same file and data) with a pager, placed in {@code dir} (a URL folder
   * such as {@code /page2}) or, when empty, where the page was.
   */
  public Page withPager(Pager pager, Optional<String> dir) {
    String d = dir.map(x -> x.endsWith("/") ? x : x + "/").orElse(dirOverride);
    return new Page(relativePath(), data(), body(), bodyLine(), d, pager);
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

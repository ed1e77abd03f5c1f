package io.jekyll4j.content;

import java.util.Map;

/** A file with front matter outside any collection ({@code about.md}, {@code feed.xml}). */
public final class Page extends Convertible {
  public Page(String relativePath, Map<String, Object> data, String body, int bodyLine) {
    super(relativePath, data, body, bodyLine);
  }

  /** The folder as Jekyll's {@code page.dir} before a permalink: {@code /} or {@code /pages/}. */
  public String sourceDir() {
    String rel = relativePath();
    int slash = rel.lastIndexOf('/');
    return slash < 0 ? "/" : "/" + rel.substring(0, slash) + "/";
  }
}

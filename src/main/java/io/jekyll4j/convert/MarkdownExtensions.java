package io.jekyll4j.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The file extensions Jekyll treats as Markdown: {@code markdown_ext}, with the dot. */
final class MarkdownExtensions {
  private MarkdownExtensions() {}

  static List<String> of(Map<String, Object> siteConfig) {
    Object v = siteConfig == null ? null : siteConfig.get("markdown_ext");
    String list = v == null ? "markdown,mkdown,mkdn,mkd,md" : v.toString();
    List<String> out = new ArrayList<>();
    for (String e : list.split(",")) {
      if (!e.isBlank()) out.add("." + e.trim().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }
}

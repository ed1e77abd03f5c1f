package io.jekyll4j.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the output files a build changed into what browsers must do: the pages (by URL) that
 * must reload, the stylesheets that can be swapped in place, and other assets.
 */
record ReloadPlan(Map<String, String> pages, List<String> stylesheets, List<String> assets) {

  static ReloadPlan of(Set<String> changedOutputs, String baseurl) {
    Map<String, String> pages = new LinkedHashMap<>();
    List<String> css = new ArrayList<>();
    List<String> assets = new ArrayList<>();
    for (String output : new TreeSet<>(changedOutputs)) {
      String url = baseurl + "/" + output;
      String lower = output.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        pages.put(pageKey(url), url);
      } else if (lower.endsWith(".css")) {
        css.add(url);
      } else if (!lower.endsWith(".map")) {
        assets.add(url);
      }
    }
    return new ReloadPlan(pages, css, assets);
  }

  boolean isEmpty() {
    return pages.isEmpty() && stylesheets.isEmpty() && assets.isEmpty();
  }

  /**
   * The same key for every URL that shows one page: {@code /a/}, {@code /a/index.html},
   * {@code /a.html} and {@code /a} all become {@code /a}.
   */
  static String pageKey(String path) {
    String p = path;
    int cut = indexOfAny(p, '?', '#');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    if (p.endsWith("/index.html")) {
      p = p.substring(0, p.length() - "index.html".length());
    } else if (p.endsWith("/index.htm")) {
      p = p.substring(0, p.length() - "index.htm".length());
    } else if (p.endsWith(".html")) {
      p = p.substring(0, p.length() - ".html".length());
    } else if (p.endsWith(".htm")) {
      p = p.substring(0, p.length() - ".htm".length());
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}

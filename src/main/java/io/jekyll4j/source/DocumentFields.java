package io.jekyll4j.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields Jekyll derives for a document from its path and front matter ({@code Document}
 * and {@code Utils} in Jekyll): categories from folders, titles from slugs, and the
 * singular-or-plural lists ({@code category}/{@code categories}, {@code tag}/{@code tags}).
 */
final class DocumentFields {
  private DocumentFields() {}

  /** Jekyll's {@code Document#categories_from_path}: the folders above {@code _posts}. */
  static List<String> categoriesFromPath(String jekyllRel, String specialDir) {
    List<String> out = new ArrayList<>();
    if (jekyllRel.startsWith(specialDir)) return out;
    int at = jekyllRel.indexOf(specialDir);
    String superdirs = at < 0 ? jekyllRel : jekyllRel.substring(0, at);
    String name = jekyllRel.substring(jekyllRel.lastIndexOf('/') + 1);
    String basename = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    for (String c : superdirs.split("/")) {
      if (!c.isEmpty() && !c.equals(specialDir) && !c.equals(basename)) out.add(c);
    }
    return out;
  }

  /** Jekyll's {@code Utils.titleize_slug}. */
  static String titleize(String slug) {
    StringBuilder sb = new StringBuilder();
    for (String w : slug.split("-")) {
      if (sb.length() > 0) sb.append(' ');
      if (!w.isEmpty()) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  /**
   * Jekyll's {@code Utils.pluralized_array_from_hash}: the singular key's value as it is, else the
   * plural key's (a string split on white space, or a list).
   */
  static List<String> pluralized(Map<String, Object> data, String singular, String plural) {
    List<String> out = new ArrayList<>();
    Object v = data.get(singular);
    if (v != null && !(v instanceof String s && s.isEmpty())) {
      flatten(v, out);
      return out;
    }
    v = data.get(plural);
    if (v instanceof String s) {
      for (String p : s.strip().split("\\s+")) if (!p.isEmpty()) out.add(p);
    } else if (v instanceof List<?>) {
      flatten(v, out);
    }
    return out;
  }

  private static void flatten(Object v, List<String> out) {
    if (v instanceof List<?> l) {
      for (Object o : l) if (o != null) flatten(o, out);
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
  }
}

package io.jekyll4j.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the {@code defaults:} entries of the config for one item, with Jekyll's rules: an
 * entry applies when its scope path is a prefix of (or glob matching) the item's path and its
 * type (if any) equals the item's type; more specific scopes (longer path, then with a type) win.
 */
public final class FrontMatterDefaults {
  private final List<Map<String, Object>> sets;
  private final String collectionsDir;

  @SuppressWarnings("unchecked")
  public FrontMatterDefaults(SiteConfig config) {
    Object d = config.get("defaults");
    this.sets =
        d instanceof List<?> l
            ? l.stream()
                .filter(o -> o instanceof Map<?, ?>)
                .map(o -> ConfigLoader.stringKeys((Map<?, ?>) o))
                .toList()
            : List.of();
    this.collectionsDir = config.string("collections_dir", "");
  }

  /** The merged default values for an item at {@code path} (source-relative) of {@code type}. */
  public Map<String, Object> all(String path, String type) {
    Map<String, Object> result = new LinkedHashMap<>();
    Map<String, Object> oldScope = null;
    for (Map<String, Object> set : sets) {
      Map<String, Object> scope = scopeOf(set);
      if (!appliesPath(scope, path) || !appliesType(scope, type)) continue;
      Object values = set.get("values");
      if (!(values instanceof Map<?, ?> vm)) continue;
      Map<String, Object> v = ConfigLoader.stringKeys(vm);
      if (hasPrecedence(oldScope, scope)) {
        ConfigLoader.deepMerge(result, v);
        oldScope = scope;
      } else {
        Map<String, Object> merged = new LinkedHashMap<>(v);
        ConfigLoader.deepMerge(merged, result);
        result = merged;
      }
    }
    return result;
  }

  private static Map<String, Object> scopeOf(Map<String, Object> set) {
    Object s = set.get("scope");
    return s instanceof Map<?, ?> m ? ConfigLoader.stringKeys(m) : Map.of();
  }

  private boolean appliesPath(Map<String, Object> scope, String path) {
    Object p = scope.get("path");
    if (!(p instanceof String sp) || sp.isEmpty()) return true;
    String scopePath = sanitize(sp);
    String itemPath = sanitize(path);
    if (scopePath.contains("*")) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + scopePath);
      if (m.matches(Path.of(itemPath))) return true;
      // Jekyll also matches files inside a globbed directory.
      PathMatcher inside = FileSystems.getDefault().getPathMatcher("glob:" + scopePath + "/**");
      return inside.matches(Path.of(itemPath));
    }
    if (!collectionsDir.isEmpty() && scopePath.startsWith(collectionsDir + "/")) {
      scopePath = scopePath.substring(collectionsDir.length() + 1);
    }
    return itemPath.startsWith(scopePath);
  }

  private static boolean appliesType(Map<String, Object> scope, String type) {
    Object t = scope.get("type");
    return t == null || String.valueOf(t).equals(type);
  }

  private static boolean hasPrecedence(Map<String, Object> oldScope, Map<String, Object> newScope) {
    if (oldScope == null) return true;
    String np = sanitize(String.valueOf(newScope.getOrDefault("path", "")));
    String op = sanitize(String.valueOf(oldScope.getOrDefault("path", "")));
    if (np.length() != op.length()) return np.length() >= op.length();
    if (newScope.containsKey("type")) return true;
    return !oldScope.containsKey("type");
  }

  private static String sanitize(String p) {
    String s = p.replace('\\', '/');
    while (s.startsWith("/")) s = s.substring(1);
    return s;
  }
}

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
  private final List<Rule> rules;

  /**
   * One {@code defaults:} entry, taken apart once per build rather than once per item: its scope
   * (for precedence and type), its values, and the scope's path ready to compare (a glob compiled,
   * a {@code collections_dir} prefix stripped).
   *
   * @param scopePath the sanitized scope path, or null when the scope has none (applies everywhere)
   * @param glob for a path with {@code *}: matches the item itself; null when it could not be compiled
   * @param inside for a path with {@code *}: matches files inside a matching folder
   */
  private record Rule(Map<String, Object> scope, Object values, String scopePath, PathMatcher glob,
      PathMatcher inside) {}

  @SuppressWarnings("unchecked")
  public FrontMatterDefaults(SiteConfig config) {
    Object d = config.get("defaults");
    String collectionsDir = config.string("collections_dir", "");
    this.rules =
        d instanceof List<?> l
            ? l.stream()
                .filter(o -> o instanceof Map<?, ?>)
                .map(o -> rule(ConfigLoader.stringKeys((Map<?, ?>) o), collectionsDir))
                .toList()
            : List.of();
  }

  private static Rule rule(Map<String, Object> set, String collectionsDir) {
    Map<String, Object> scope = scopeOf(set);
    Object values = set.get("values");
    if (values instanceof Map<?, ?> vm) values = ConfigLoader.stringKeys(vm);
    Object p = scope.get("path");
    if (!(p instanceof String sp) || sp.isEmpty()) return new Rule(scope, values, null, null, null);
    String scopePath = sanitize(sp);
    if (scopePath.contains("*")) {
      // a pattern the glob syntax refuses fails when an item is matched against it, as before
      PathMatcher glob = globOrNull(scopePath);
      PathMatcher inside = glob == null ? null : globOrNull(scopePath + "/**");
      return new Rule(scope, values, scopePath, glob, inside);
    }
    if (!collectionsDir.isEmpty() && scopePath.startsWith(collectionsDir + "/")) {
      scopePath = scopePath.substring(collectionsDir.length() + 1);
    }
    return new Rule(scope, values, scopePath, null, null);
  }

  private static PathMatcher globOrNull(String pattern) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The merged default values for an item at {@code path} (source-relative) of {@code type}. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> all(String path, String type) {
    Map<String, Object> result = new LinkedHashMap<>();
    Map<String, Object> oldScope = null;
    String itemPath = sanitize(path);
    for (Rule rule : rules) {
      if (!appliesPath(rule, itemPath) || !appliesType(rule.scope(), type)) continue;
      if (!(rule.values() instanceof Map<?, ?> vm)) continue;
      Map<String, Object> v = (Map<String, Object>) vm;
      if (hasPrecedence(oldScope, rule.scope())) {
        ConfigLoader.deepMerge(result, v);
        oldScope = rule.scope();
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

  private static boolean appliesPath(Rule rule, String itemPath) {
    String scopePath = rule.scopePath();
    if (scopePath == null) return true;
    if (scopePath.contains("*")) {
      PathMatcher m = rule.glob() != null ? rule.glob() : FileSystems.getDefault().getPathMatcher("glob:" + scopePath);
      if (m.matches(Path.of(itemPath))) return true;
      // Jekyll also matches files inside a globbed directory.
      PathMatcher inside = rule.inside() != null ? rule.inside()
          : FileSystems.getDefault().getPathMatcher("glob:" + scopePath + "/**");
      return inside.matches(Path.of(itemPath));
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

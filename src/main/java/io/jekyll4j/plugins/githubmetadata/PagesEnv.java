package io.jekyll4j.plugins.githubmetadata;

import java.util.Map;

/**
 * The gem's {@code Jekyll::GitHubMetadata::Pages}: the GitHub instance and Pages settings read
 * from the environment ({@code PAGES_ENV}, {@code PAGES_GITHUB_HOSTNAME}, ...), with the gem's
 * defaults. {@code PAGES_ENV} falls back to {@code JEKYLL_ENV}, then {@code development}.
 */
record PagesEnv(Map<String, String> env, String jekyllEnv) {
  private static final Map<String, String> DEFAULTS = Map.of(
      "PAGES_ENV", "development",
      "PAGES_API_URL", "https://api.github.com",
      "PAGES_HELP_URL", "https://help.github.com",
      "PAGES_GITHUB_HOSTNAME", "github.com",
      "PAGES_PAGES_HOSTNAME", "github.io",
      "SSL", "false",
      "SUBDOMAIN_ISOLATION", "false");

  /** {@code env_var}: the variable when set and not empty, else the fallback, else the default. */
  String var(String key, String intermediate) {
    String v = env.get(key);
    if (v != null && !v.isEmpty()) return v;
    return intermediate != null ? intermediate : DEFAULTS.get(key);
  }

  String pagesEnv() {
    return var("PAGES_ENV", jekyllEnv);
  }

  boolean test() {
    return "test".equals(pagesEnv());
  }

  boolean dotcom() {
    return "dotcom".equals(pagesEnv());
  }

  boolean enterprise() {
    return "enterprise".equals(pagesEnv());
  }

  boolean development() {
    return "development".equals(pagesEnv());
  }

  boolean ssl() {
    return "true".equals(var("SSL", null)) || test();
  }

  String scheme() {
    return ssl() ? "https" : "http";
  }

  boolean subdomainIsolation() {
    return "true".equals(var("SUBDOMAIN_ISOLATION", null));
  }

  boolean customDomainsEnabled() {
    return dotcom() || test();
  }

  String githubHostname() {
    return trim(var("PAGES_GITHUB_HOSTNAME", env.get("GITHUB_HOSTNAME")));
  }

  String githubUrl() {
    return dotcom() || githubHostname().equals("github.com") ? "https://github.com" : scheme() + "://" + githubHostname();
  }

  String apiUrl() {
    return trim(var("PAGES_API_URL", env.get("API_URL")));
  }

  String helpUrl() {
    return trim(var("PAGES_HELP_URL", env.get("HELP_URL")));
  }

  String pagesHostname() {
    String intermediate = env.get("PAGES_HOSTNAME");
    if (intermediate == null && development()) intermediate = "localhost:4000";
    return trim(var("PAGES_PAGES_HOSTNAME", intermediate));
  }

  /** {@code Pages.page_build?}: a build on GitHub's servers. */
  boolean pageBuild() {
    String id = env.get("PAGE_BUILD_ID");
    return id != null && !id.isEmpty();
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

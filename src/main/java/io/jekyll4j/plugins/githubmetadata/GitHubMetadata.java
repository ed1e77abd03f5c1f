package io.jekyll4j.plugins.githubmetadata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * jekyll-github-metadata (2.15) without the network: {@code site.github} as the gem computes it
 * when the GitHub API cannot be reached, and the gem's {@code after_init} fallbacks for
 * {@code title}, {@code url} and {@code baseurl} ({@code SiteGitHubMunger}).
 *
 * <p>The repository ({@link RepositoryFinder}) comes from {@code PAGES_REPO_NWO},
 * {@code repository:} or the {@code origin} git remote. Every value the gem takes from the API is
 * what its client returns offline: {@code false} for the lists ({@code contributors},
 * {@code releases}, {@code latest_release}), nil for the repository's fields ({@code language},
 * {@code license}, {@code issues_url}, ...), an owner whose fields are all nil, and URLs built
 * from the name alone ({@link Repository}).
 *
 * <p>Where the gem itself fails offline, jekyll4j goes on: with no repository name the gem
 * raises when a fallback value is first read (jekyll4j warns with the gem's text and sets
 * nothing); {@code public_repositories} and a {@code github:} hash in the config make the gem
 * crash offline (jekyll4j gives nil, and deep-merges the hash over {@code site.github}).
 */
public final class GitHubMetadata {
  /** The plugin's name in {@code plugins}. */
  public static final String PLUGIN = "jekyll-github-metadata";
  static final String TOPIC = "GitHub Metadata: ";

  private GitHubMetadata() {}

  /**
   * The config the build sees with the plugin on: the fallbacks set and {@code github} holding
   * {@code site.github}, made of {@code config} (the configuration as read). {@code jekyllEnv} is
   * the build's environment: the gem reads {@code JEKYLL_ENV}, which is what sets it.
   */
  public static Map<String, Object> apply(Map<String, Object> config, String jekyllEnv, Map<String, String> env,
      Path source, Consumer<String> warnings) {
    PagesEnv pages = new PagesEnv(env, jekyllEnv);
    Optional<String> nwo = RepositoryFinder.nwo(config.get("repository"), pages, jekyllEnv, source);
    if (nwo.isEmpty()) {
      warnings.accept(TOPIC + RepositoryFinder.NO_REPOSITORY);
      return config;
    }
    warnings.accept(TOPIC + "No internet connection. GitHub metadata may be missing or incorrect.");
    Repository repo = new Repository(nwo.get(), pages);
    Map<String, Object> raw = new LinkedHashMap<>(config);
    // add_title_and_description_fallbacks! (the description, the repository's, is nil offline)
    if (truthy(raw.get("name")) && !truthy(raw.get("title"))) {
      warnings.accept(TOPIC + "site.name is set in _config.yml, but many plugins and themes expect site.title"
          + " to be used instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set"
          + " site.title to the repository's name.");
    } else if (!truthy(raw.get("title"))) {
      raw.put("title", repo.userPage() ? repo.owner : repo.name); // no owner display name offline
    }
    // add_url_and_baseurl_fallbacks!
    if (jekyllEnv.equals("production") || pages.pageBuild()) {
      if (!truthy(raw.get("url"))) raw.put("url", repo.urlWithoutPath());
      Object baseurl = raw.get("baseurl");
      if (baseurl == null || "/".equals(baseurl)) raw.put("baseurl", repo.baseurl());
    }
    raw.put("github", namespace(raw.get("github"), repo, pages, env, source));
    return raw;
  }

  /** {@code github_namespace}: the metadata, or the config's own {@code github} value. */
  private static Object namespace(Object configured, Repository repo, PagesEnv pages, Map<String, String> env,
      Path source) {
    if (configured != null && !(configured instanceof Map<?, ?>)) return configured;
    Map<String, Object> drop = metadata(repo, pages, env, source);
    return configured instanceof Map<?, ?> m ? deepMerge(drop, m) : drop;
  }

  /** Every key of the gem's {@code MetadataDrop}, in its sorted {@code keys} order. */
  static Map<String, Object> metadata(Repository repo, PagesEnv pages, Map<String, String> env, Path source) {
    Map<String, Object> m = new TreeMap<>();
    m.put("api_url", pages.apiUrl());
    m.put("archived", null);
    m.put("baseurl", repo.baseurl());
    m.put("build_revision", buildRevision(env, source));
    m.put("clone_url", repo.repositoryUrl() + ".git");
    m.put("contributors", false);
    m.put("disabled", null);
    m.put("environment", pages.pagesEnv());
    m.put("help_url", pages.helpUrl());
    m.put("hostname", pages.githubHostname());
    m.put("is_project_page", !repo.userPage());
    m.put("is_user_page", repo.userPage());
    m.put("issues_url", null);
    m.put("language", null);
    m.put("latest_release", false);
    m.put("license", null);
    m.put("organization_members", null);
    m.put("owner", owner());
    m.put("owner_display_name", null);
    m.put("owner_gravatar_url", repo.ownerUrl() + ".png");
    m.put("owner_name", repo.owner);
    m.put("owner_url", repo.ownerUrl());
    m.put("pages_env", pages.pagesEnv());
    m.put("pages_hostname", pages.pagesHostname());
    m.put("private", null);
    m.put("project_tagline", null);
    m.put("project_title", repo.name);
    m.put("public_repositories", null);
    m.put("releases", false);
    m.put("releases_url", repo.repositoryUrl() + "/releases");
    m.put("repository_name", repo.name);
    m.put("repository_nwo", repo.nwo);
    m.put("repository_url", repo.repositoryUrl());
    m.put("show_downloads", null);
    m.put("source", repo.source());
    m.put("tar_url", repo.repositoryUrl() + "/tarball/" + repo.gitRef());
    m.put("url", repo.htmlUrl());
    m.put("versions", new LinkedHashMap<>());
    m.put("wiki_url", null);
    m.put("zip_url", repo.repositoryUrl() + "/zipball/" + repo.gitRef());
    return new LinkedHashMap<>(m);
  }

  /** The gem's {@code Owner#to_h} when the API gives nothing: each whitelisted field nil. */
  private static Map<String, Object> owner() {
    Map<String, Object> o = new LinkedHashMap<>();
    for (String k : List.of("avatar_url", "bio", "blog", "collaborators", "company", "created_at",
        "description", "email", "followers", "following", "has_organization_projects",
        "has_repository_projects", "hireable", "html_url", "id", "is_verified", "location", "login",
        "name", "node_id", "public_gists", "public_repos", "type", "updated_at")) {
      o.put(k, null);
    }
    return o;
  }

  /** {@code ENV["JEKYLL_BUILD_REVISION"] || `git rev-parse HEAD`.strip}. */
  private static String buildRevision(Map<String, String> env, Path source) {
    String r = env.get("JEKYLL_BUILD_REVISION");
    return r != null ? r : RepositoryFinder.GitCommand.run(source, "rev-parse", "HEAD").strip();
  }

  /** Jekyll's {@code Utils.deep_merge_hashes}: nested hashes merge, a nil never replaces. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> deepMerge(Map<String, Object> target, Map<?, ?> overwrite) {
    Map<String, Object> merged = new LinkedHashMap<>(target);
    for (Map.Entry<?, ?> e : overwrite.entrySet()) {
      String k = String.valueOf(e.getKey());
      Object old = merged.get(k);
      Object v = e.getValue();
      if (v == null && merged.containsKey(k)) continue;
      if (old instanceof Map<?, ?> om && v instanceof Map<?, ?> vm) {
        merged.put(k, deepMerge((Map<String, Object>) om, vm));
      } else {
        merged.put(k, v);
      }
    }
    return merged;
  }

  private static boolean truthy(Object v) {
    return v != null && !Boolean.FALSE.equals(v);
  }
}

package io.jekyll4j.plugins.githubmetadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.jekyll4j.config.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jekyll-github-metadata offline. Expected values are what real Jekyll 4.3.1 with the gem 2.15
 * wrote offline for the same settings (PAGES_ENV=dotcom, development with a git remote); the
 * production defaults are pinned by the github-metadata-* fixture sites.
 */
class GitHubMetadataTest {
  @TempDir Path tmp;
  private final List<String> warnings = new ArrayList<>();

  private SiteConfig apply(Map<String, Object> raw, String jekyllEnv, Map<String, String> env) {
    return new SiteConfig(GitHubMetadata.apply(raw, jekyllEnv, env, tmp, warnings::add), List.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> github(SiteConfig c) {
    return (Map<String, Object>) c.get("github");
  }

  @Test
  void dotcomProjectAndUserPagesGetPagesDomains() {
    SiteConfig project = apply(new LinkedHashMap<>(), "production",
        Map.of("PAGES_ENV", "dotcom", "PAGES_REPO_NWO", "Me/proj", "JEKYLL_BUILD_REVISION", ""));
    assertThat(github(project)).containsEntry("url", "http://me.github.io/proj").containsEntry("baseurl", "/proj")
        .containsEntry("pages_hostname", "github.io").containsEntry("environment", "dotcom")
        .containsEntry("build_revision", "");
    assertThat(project.get("url")).isEqualTo("http://me.github.io");
    assertThat(project.get("baseurl")).isEqualTo("/proj");
    assertThat(project.get("title")).isEqualTo("proj");

    SiteConfig user = apply(new LinkedHashMap<>(), "production",
        Map.of("PAGES_ENV", "dotcom", "PAGES_REPO_NWO", "Me/me.github.com"));
    assertThat(github(user)).containsEntry("url", "http://me.github.io").containsEntry("baseurl", "")
        .containsEntry("is_user_page", true);
    assertThat(user.get("url")).isEqualTo("http://me.github.io");
    assertThat(user.get("baseurl")).isEqualTo("");
    assertThat(user.get("title")).isEqualTo("Me");
  }

  @Test
  void developmentTakesTheOriginRemoteAndSetsNoUrl() throws Exception {
    Process git = new ProcessBuilder("git", "init", "-q", tmp.toString()).start();
    assertThat(git.waitFor()).isZero();
    Process remote = new ProcessBuilder("git", "-C", tmp.toString(), "remote", "add", "origin",
        "git@github.com:Some-One/repo.name.git").start();
    assertThat(remote.waitFor()).isZero();
    SiteConfig c = apply(new LinkedHashMap<>(), "development", Map.of());
    assertThat(github(c)).containsEntry("repository_nwo", "Some-One/repo.name")
        .containsEntry("url", "https://github.com/pages/Some-One/repo.name")
        .containsEntry("pages_hostname", "localhost:4000").containsEntry("environment", "development")
        .containsEntry("build_revision", "HEAD"); // what `git rev-parse HEAD` prints before a commit
    assertThat(c.get("url")).isNull();
    assertThat(c.get("baseurl")).isNull();
    assertThat(c.get("title")).isEqualTo("repo.name");
    // in production the remote is not read
    warnings.clear();
    SiteConfig prod = apply(new LinkedHashMap<>(), "production", Map.of());
    assertThat(prod.get("github")).isNull();
    assertThat(warnings).containsExactly("GitHub Metadata: " + RepositoryFinder.NO_REPOSITORY);
  }

  @Test
  void remotesAreParsedAsTheGemDoes() {
    assertThat(RepositoryFinder.fromRemotes(List.of(
        "upstream\thttps://github.com/a/b.git (fetch)",
        "origin\thttps://github.com/jekyll/jekyll.git (fetch)",
        "origin\thttps://github.com/jekyll/jekyll.git (push)"), "github.com")).contains("jekyll/jekyll");
    assertThat(RepositoryFinder.fromRemotes(List.of("origin\tgit@github.com:o/my.site.git (fetch)"), "github.com"))
        .contains("o/my.site");
    assertThat(RepositoryFinder.fromRemotes(List.of("origin\thttps://gitlab.com/o/r.git (fetch)"), "github.com"))
        .isEqualTo(Optional.empty());
    assertThat(RepositoryFinder.fromRemotes(List.of(), "github.com")).isEmpty();
  }

  @Test
  void configRepositoryNeedsASlashAndEnvironmentWins() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("repository", "noslash");
    assertThat(apply(raw, "production", Map.of()).get("github")).isNull();
    raw.put("repository", "a/b");
    assertThat(github(apply(raw, "production", Map.of("PAGES_REPO_NWO", "c/d"))))
        .containsEntry("repository_nwo", "c/d");
  }

  @Test
  void configValuesAreKeptAndAGithubHashIsMergedOver() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("repository", "o/r");
    raw.put("url", "https://example.org");
    raw.put("baseurl", "/docs");
    raw.put("title", "Mine");
    raw.put("github", Map.of("source", Map.of("branch", "main"), "extra", 1));
    SiteConfig c = apply(raw, "production", Map.of());
    assertThat(c.get("url")).isEqualTo("https://example.org");
    assertThat(c.get("baseurl")).isEqualTo("/docs");
    assertThat(c.get("title")).isEqualTo("Mine");
    assertThat(github(c)).containsEntry("extra", 1).containsEntry("repository_nwo", "o/r")
        .containsEntry("source", Map.of("branch", "main", "path", "/"));
    raw.put("github", "plain");
    assertThat(apply(raw, "production", Map.of()).get("github")).isEqualTo("plain");
  }

  @Test
  void editLinkPathsAreNormalizedAsAddressableDoes() {
    assertThat(EditLink.normalize("https://github.com/o/r/edit/main/a b/é.md"))
        .isEqualTo("https://github.com/o/r/edit/main/a%20b/%C3%A9.md");
  }

  @Test
  void noGitIsNoRevision() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThat(RepositoryFinder.GitCommand.run(plain.resolve("missing"), "rev-parse", "HEAD")).isEmpty();
  }
}

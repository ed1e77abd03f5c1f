package io.jekyll4j.plugins.githubmetadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gem's {@code Repository} and {@code RepositoryCompat} as they answer without the GitHub
 * API (jekyll4j never goes to the network): every API call gives the gem's offline default, so
 * the repository has no description, language, CNAME or Pages info, and URLs come from the
 * name with owner and the {@link PagesEnv} alone.
 */
final class Repository {
  final String nwo;
  final String owner;
  final String name;
  private final PagesEnv pages;

  Repository(String nwo, PagesEnv pages) {
    this.nwo = nwo;
    List<String> parts = rubySplit(nwo);
    this.owner = parts.isEmpty() ? "" : parts.get(0);
    this.name = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    this.pages = pages;
  }

  /** Ruby's {@code String#split("/")}: trailing empty fields dropped. */
  private static List<String> rubySplit(String s) {
    List<String> out = new ArrayList<>(List.of(s.split("/", -1)));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  boolean githubRepo() {
    return !pages.enterprise() && owner.equals("github");
  }

  String defaultUserDomain() {
    if (githubRepo()) return (owner + "." + pages.githubHostname()).toLowerCase(Locale.ROOT);
    if (pages.enterprise()) return pages.pagesHostname().toLowerCase(Locale.ROOT);
    return (owner + "." + pages.pagesHostname()).toLowerCase(Locale.ROOT);
  }

  List<String> userPageDomains() {
    List<String> domains = new ArrayList<>();
    domains.add(defaultUserDomain());
    if (!pages.enterprise()) domains.add((owner + ".github.com").toLowerCase(Locale.ROOT));
    return domains;
  }

  /** {@code primary?}, alias {@code user_page?}. */
  boolean userPage() {
    if (pages.enterprise()) {
      return name.toLowerCase(Locale.ROOT).equals(owner.toLowerCase(Locale.ROOT) + "." + pages.githubHostname());
    }
    return userPageDomains().contains(name.toLowerCase(Locale.ROOT));
  }

  String ownerUrl() {
    return pages.githubUrl() + "/" + owner;
  }

  String repositoryUrl() {
    return ownerUrl() + "/" + name;
  }

  /** {@code RepositoryCompat#source}: no Pages info offline. */
  Map<String, Object> source() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("branch", userPage() ? "master" : "gh-pages");
    s.put("path", "/");
    return s;
  }

  String gitRef() {
    return String.valueOf(source().get("branch"));
  }

  /** {@code RepositoryCompat#domain} with no CNAME (offline every user domain is the default). */
  private String domain() {
    if (!pages.customDomainsEnabled()) return pages.githubHostname();
    return defaultUserDomain();
  }

  private String urlScheme() {
    if (pages.enterprise()) return pages.scheme();
    if (owner.equals("github") && domain().endsWith(".github.com")) return "https";
    return "http";
  }

  /** {@code html_url}: {@code RepositoryCompat#pages_url} without its trailing slash. */
  String htmlUrl() {
    String url;
    if (!pages.customDomainsEnabled()) {
      String path = userPage() ? owner : nwo;
      url = pages.subdomainIsolation()
          ? join(pages.scheme() + "://" + pages.pagesHostname() + "/", path)
          : join(pages.githubUrl() + "/pages/", path);
    } else if (userPage()) {
      url = urlScheme() + "://" + domain();
    } else {
      url = join(urlScheme() + "://" + domain(), name);
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Ruby's {@code URI.join(base, relative)} for a relative path without dots or a query. */
  private static String join(String base, String relative) {
    if (relative.startsWith("/")) return base.replaceFirst("^([a-z]+://[^/]*).*$", "$1") + relative;
    int scheme = base.indexOf("://");
    int slash = base.lastIndexOf('/');
    if (slash < scheme + 3) return base + "/" + relative; // no path: the merge starts at "/"
    return base.substring(0, slash + 1) + relative;
  }

  /** {@code uri.path}: the path of {@link #htmlUrl}. */
  String baseurl() {
    String url = htmlUrl();
    int start = url.indexOf("://");
    int slash = start < 0 ? -1 : url.indexOf('/', start + 3);
    return slash < 0 ? "" : url.substring(slash);
  }

  /** {@code url_without_path}. */
  String urlWithoutPath() {
    String url = htmlUrl();
    int start = url.indexOf("://");
    int slash = start < 0 ? -1 : url.indexOf('/', start + 3);
    return slash < 0 ? url : url.substring(0, slash);
  }
}

package io.jekyll4j.plugins.githubmetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gem's {@code RepositoryFinder#nwo}: the repository's name with owner, from
 * {@code PAGES_REPO_NWO}, else {@code repository} in the config (a string holding a {@code /}),
 * else (in the {@code development} and {@code test} environments only) the URL of the
 * {@code origin} remote of {@code git remote --verbose}, run in the site's source.
 */
final class RepositoryFinder {
  /** The gem's error text when no name is found (it raises; jekyll4j warns, see GitHubMetadata). */
  static final String NO_REPOSITORY = "No repo name found. Specify using PAGES_REPO_NWO environment variables,"
      + " 'repository' in your configuration, or set up an 'origin' git remote pointing to your"
      + " github.com repository.";

  private RepositoryFinder() {}

  static Optional<String> nwo(Object repository, PagesEnv pages, String jekyllEnv, Path source) {
    String env = pages.env().get("PAGES_REPO_NWO");
    if (env != null) return Optional.of(env);
    if (repository instanceof String r && r.contains("/")) return Optional.of(r);
    if (!jekyllEnv.equals("development") && !jekyllEnv.equals("test")) return Optional.empty();
    return fromRemotes(gitRemotes(source), pages.githubHostname());
  }

  /** {@code nwo_from_git_origin_remote} on the lines {@code git remote --verbose} printed. */
  static Optional<String> fromRemotes(List<String> lines, String githubHostname) {
    String url = lines.stream().filter(l -> l.startsWith("origin\t"))
        .map(l -> l.replaceFirst("\\Aorigin\t(.*) \\([a-z]+\\)", "$1"))
        .distinct().findFirst().orElse("");
    if (url.endsWith(".git")) url = url.substring(0, url.length() - 4); // chomp(".git")
    Matcher m = Pattern.compile(Pattern.quote(githubHostname) + "(:|/)([\\w-]+)/([\\w.-]+)").matcher(url);
    return m.find() ? Optional.of(m.group(2) + "/" + m.group(3)) : Optional.empty();
  }

  private static List<String> gitRemotes(Path source) {
    String out = GitCommand.run(source, "remote", "--verbose");
    return out.strip().isEmpty() ? List.of() : List.of(out.strip().split("\n"));
  }

  /** Runs git in a folder; its standard output, or "" when git fails or is missing. */
  static final class GitCommand {
    private GitCommand() {}

    static String run(Path dir, String... args) {
      String[] cmd = new String[args.length + 1];
      cmd[0] = "git";
      System.arraycopy(args, 0, cmd, 1, args.length);
      try {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          return "";
        }
        return new String(bytes, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "";
      }
    }
  }
}

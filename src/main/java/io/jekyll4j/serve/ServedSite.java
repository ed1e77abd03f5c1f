package io.jekyll4j.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The built site as the handler sees it, across rebuilds: follows the {@code baseurl} of the
 * latest good build (a {@code _config.yml} edit applies without a restart), and while a full
 * rebuild swaps a new destination folder in, answers from the previous output that sits beside
 * it, so no request gets a 404 for a page that exists before and after the swap.
 */
final class ServedSite {
  private static final int SWAP_WAITS = 200;

  private final Path root;
  private final Optional<Path> previous;
  private volatile SitePathResolver current;
  private volatile Optional<SitePathResolver> fallback;

  /**
   * @param root the destination folder
   * @param previous where the previous output is moved while the new one is swapped in
   * @param baseurl the baseurl to serve under until a build says otherwise
   */
  ServedSite(Path root, Optional<Path> previous, String baseurl) {
    this.root = root.toAbsolutePath().normalize();
    this.previous = previous;
    use(baseurl);
  }

  /** Serves under this baseurl from now on. */
  void use(String baseurl) {
    String b = SitePathResolver.normalizeBaseurl(baseurl);
    if (current != null && current.baseurl().equals(b)) return;
    fallback = previous.map(p -> new SitePathResolver(p, b));
    current = new SitePathResolver(root, b);
  }

  /** See {@link SitePathResolver#siteRelative}. */
  Optional<String> siteRelative(String rawPath) {
    return current.siteRelative(rawPath);
  }

  String baseurl() {
    return current.baseurl();
  }

  /**
   * Resolves a raw request path. When nothing is found because the destination folder is
   * missing for a moment (being swapped), looks in the previous output, then in the new folder
   * once it is back.
   */
  SitePath resolve(String rawPath) throws InterruptedException {
    SitePathResolver r = current;
    SitePath found = r.resolve(rawPath);
    if (!(found instanceof SitePath.NotFound) || Files.isDirectory(root)) return found;
    for (int i = 0; i < SWAP_WAITS; i++) {
      if (Files.isDirectory(root)) return r.resolve(rawPath);
      Optional<SitePathResolver> old = fallback;
      if (old.isPresent()) {
        SitePath before = old.get().resolve(rawPath);
        if (!(before instanceof SitePath.NotFound)) return before;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    return r.resolve(rawPath);
  }
}

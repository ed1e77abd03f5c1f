package io.jekyll4j.serve;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One browser connected to {@code /livereload}: what it said in its handshake (whether it is our
 * own client, which understands the error overlay) and which page it shows.
 */
abstract class LiveReloadClient {
  private volatile boolean greeted;
  private volatile boolean overlay;
  private volatile Optional<String> pageKey = Optional.empty();

  /** Sends one text message; must not block and may be called from any thread. */
  abstract void send(String text);

  boolean greeted() {
    return greeted;
  }

  boolean understandsOverlay() {
    return overlay;
  }

  Optional<String> pageKey() {
    return pageKey;
  }

  void greet(boolean overlay) {
    this.overlay = overlay;
    this.greeted = true;
  }

  void showing(String url) {
    try {
      String path = URI.create(url).getRawPath();
      if (path != null) {
        pageKey = Optional.of(ReloadPlan.pageKey(URLDecoder.decode(
            path.replace("+", "%2B"), StandardCharsets.UTF_8)));
      }
    } catch (IllegalArgumentException e) {
      pageKey = Optional.empty();
    }
  }
}

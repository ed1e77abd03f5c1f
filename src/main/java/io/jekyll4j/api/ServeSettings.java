package io.jekyll4j.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Jekyll4j#serve} listens: host and port (0 picks a free port), whether it rebuilds
 * when the source changes, whether pages reload themselves, and the baseurl to mount the site
 * under (empty: the site's {@code baseurl}).
 */
public record ServeSettings(String host, int port, boolean watch, boolean livereload,
    Optional<String> baseurl) {

  public ServeSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(baseurl, "baseurl");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("not a port: " + port);
  }

  /** {@code jekyll serve}'s defaults: 127.0.0.1:4000, watching, with live reload. */
  public static ServeSettings defaults() {
    return new ServeSettings("127.0.0.1", 4000, true, true, Optional.empty());
  }

  public ServeSettings withHost(String newHost) {
    return new ServeSettings(newHost, port, watch, livereload, baseurl);
  }

  public ServeSettings withPort(int newPort) {
    return new ServeSettings(host, newPort, watch, livereload, baseurl);
  }

  public ServeSettings withWatch(boolean on) {
    return new ServeSettings(host, port, on, livereload, baseurl);
  }

  public ServeSettings withLivereload(boolean on) {
    return new ServeSettings(host, port, watch, on, baseurl);
  }

  public ServeSettings withBaseurl(String newBaseurl) {
    return new ServeSettings(host, port, watch, livereload, Optional.of(newBaseurl));
  }
}

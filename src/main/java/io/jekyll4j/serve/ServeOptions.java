package io.jekyll4j.serve;

import java.util.Objects;

/**
 * How the dev server listens and behaves: host and port (0 picks a free one), the baseurl the
 * site is mounted under, and whether it watches the source and injects live reload.
 */
public record ServeOptions(String host, int port, String baseurl, boolean watch,
    boolean livereload) {

  public ServeOptions {
    Objects.requireNonNull(host, "host");
    baseurl = SitePathResolver.normalizeBaseurl(baseurl);
  }

  /** Jekyll's defaults: 127.0.0.1:4000, no baseurl, watching, with live reload. */
  public static ServeOptions defaults() {
    return new ServeOptions("127.0.0.1", 4000, "", true, true);
  }

  public ServeOptions withPort(int newPort) {
    return new ServeOptions(host, newPort, baseurl, watch, livereload);
  }

  public ServeOptions withBaseurl(String newBaseurl) {
    return new ServeOptions(host, port, newBaseurl, watch, livereload);
  }
}

package io.jekyll4j.serve;

import java.nio.file.Path;

/**
 * Where a request path leads inside the built site, with Jekyll's and GitHub Pages' rules: a
 * file, a redirect (folder without its slash), not found, or a malformed/forbidden path.
 */
public sealed interface SitePath {

  /** A regular file inside the site root. */
  record Found(Path file) implements SitePath {}

  /** Redirect to this absolute path (the request named a folder without a trailing slash). */
  record Redirect(String location) implements SitePath {}

  /** Nothing there (including anything outside the site, such as a symlink out). */
  record NotFound() implements SitePath {}

  /** A path no file may have: dot segments, NUL, backslashes, encoded slashes, bad escapes. */
  record Malformed() implements SitePath {}
}

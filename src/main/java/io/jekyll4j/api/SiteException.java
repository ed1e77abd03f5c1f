package io.jekyll4j.api;

/**
 * Thrown by {@link Jekyll4j#serve} when the site's configuration cannot be read, before the server
 * starts (a build's own errors are values: {@link BuildOutcome#error()}).
 */
public final class SiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SiteError error;

  public SiteException(SiteError error) {
    super(error.describe());
    this.error = error;
  }

  public SiteError error() {
    return error;
  }
}

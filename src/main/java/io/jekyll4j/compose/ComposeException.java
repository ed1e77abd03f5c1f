package io.jekyll4j.compose;

/**
 * A compose command refused to act (missing file, file already there, empty slug, broken
 * front matter): the message is written for the user and printed without a stack trace.
 */
public final class ComposeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ComposeException(String message) {
    super(message);
  }
}

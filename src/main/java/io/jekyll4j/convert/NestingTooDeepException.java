package io.jekyll4j.convert;

/**
 * Markdown nested deeper than a converter follows. kramdown recurses once per level and Jekyll
 * stops with "stack level too deep" (a block quote about 1,500-2,000 levels deep, a list under
 * 1,000); jekyll4j stops at {@link #MAX_BLOCK_DEPTH} block levels with this error, which the
 * renderer reports against the file and the line where the nesting starts.
 */
public final class NestingTooDeepException extends RuntimeException {
  /** Block levels (block quotes, lists, list items, block HTML) followed before stopping. */
  public static final int MAX_BLOCK_DEPTH = 1000;

  private final int line;

  public NestingTooDeepException(String message, int line) {
    super(message);
    this.line = line;
  }

  /** The 1-based line of the converted text where the too-deep construct starts. */
  public int line() {
    return line;
  }
}

package io.jekyll4j.compose;

/**
 * One top-level key of a front matter block, with where it stands in the block's lines and how
 * its value is written, so conventions can be learned from it and its value replaced in place.
 *
 * @param line the key's line in the block (0-based)
 * @param endLine the first line after the value (trailing comments and blank lines excluded)
 * @param colon index of the key's colon in its line
 * @param gap the white space between colon and value
 * @param scalar the value when it is a scalar, else empty
 * @param raw the value's text as written
 * @param valueStart index of a one-line scalar value in the key's line, else -1
 * @param valueEnd end index of that value, else -1
 */
record FrontMatterEntry(
    String key,
    int line,
    int endLine,
    int colon,
    String gap,
    Kind kind,
    ScalarStyle style,
    boolean flow,
    String scalar,
    String raw,
    int valueStart,
    int valueEnd) {

  /** The YAML node kind of the value. */
  enum Kind {
    SCALAR,
    SEQUENCE,
    MAPPING
  }

  boolean inlineScalar() {
    return valueStart >= 0;
  }

  /** A list value, or a string under {@code categories}/{@code tags}, which Jekyll splits. */
  boolean listLike() {
    return kind == Kind.SEQUENCE
        || (kind == Kind.SCALAR && (key.equals("categories") || key.equals("tags")));
  }
}

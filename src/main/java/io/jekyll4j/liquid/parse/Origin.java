package io.jekyll4j.liquid.parse;

/**
 * Where a tag stands and what it says: the template, the tag's line, and its markup as written
 * (the text after the tag name). Tags that read their own markup (Jekyll's {@code include},
 * {@code highlight}, plugin tags) get it as the value of their first node.
 */
public record Origin(String template, int line, String markup) {
  /** {@code template:line}, as the include chain names a caller. */
  public String where() {
    return template + ":" + line;
  }

  /** The origin a tag's first node rendered to. */
  public static Origin of(Object rendered) {
    if (rendered instanceof Origin o) return o;
    throw new IllegalStateException("a tag's first node is not its origin: " + rendered);
  }
}

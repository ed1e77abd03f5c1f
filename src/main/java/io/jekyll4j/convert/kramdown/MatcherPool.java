package io.jekyll4j.convert.kramdown;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Idle regex matchers by pattern, reused by the scanners of a document and of the documents
 * after it: kramdown's rules try dozens of patterns at every block and span start, most attempts
 * fail, and allocating a matcher per attempt (or per pattern per document) was a large share of
 * conversion time. A scanner takes the matcher of its last successful match out of the pool
 * until another match replaces it, so that its groups stay readable; a matcher found reset to
 * another string is reset to the scanner's. Not thread-safe: use one per thread.
 */
public final class MatcherPool {
  final Map<Pattern, Scanner.Slot> idle = new IdentityHashMap<>();
}

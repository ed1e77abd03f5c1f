package io.jekyll4j.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filter names that are keywords of liqp's grammar. Liquid 4 has no {@code contains} filter, so
 * {@code x | contains: 'a'} passes {@code x} through (lax) or fails as an undefined filter
 * ({@code strict_filters}); liqp cannot even parse it. Before parsing, such a filter call inside
 * Liquid markup is renamed to {@code j4j_contains}, which the engine treats as unknown.
 */
final class KeywordFilters {
  /** Prefix of renamed filters; stripped again in error messages. */
  static final String PREFIX = "j4j_";
  private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
  private static final Pattern KEYWORD_FILTER = Pattern.compile("\\|(\\s*)contains\\b");

  private KeywordFilters() {}

  static String rewrite(String text) {
    if (!text.contains("contains")) return text;
    Matcher m = MARKUP.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    while (m.find()) {
      out.append(text, pos, m.start());
      String markup = m.group();
      out.append(markup.contains("contains") && !markup.startsWith("{%-? *raw")
          ? KEYWORD_FILTER.matcher(markup).replaceAll("|$1" + PREFIX + "contains") : markup);
      pos = m.end();
    }
    out.append(text, pos, text.length());
    return out.toString();
  }
}

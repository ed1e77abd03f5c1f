package io.jekyll4j.highlight;

/**
 * Syntax highlighting with Rouge's markup (token classes such as {@code k}, {@code s2}, {@code
 * c1}), which every Jekyll theme styles. Thread-safe; create once per build.
 *
 * <p>This package is a leaf: it depends on nothing else in jekyll4j, so both {@code convert}
 * (fenced code in Markdown) and {@code liquid} (the {@code highlight} tag) may use it.
 */
public final class Highlighter {

  /** Whether a Rouge lexer exists for this language name or alias (e.g. "js", "rb"). */
  public boolean knows(String lang) {
    return false;
  }

  /**
   * The HTML that Rouge's HTML formatter gives for {@code code} (what goes inside {@code
   * <code>}): token spans, HTML-escaped text. An unknown or null language is lexed as plain text.
   */
  public String highlight(String code, String lang) {
    return escape(code);
  }

  /** HTML-escapes text as Rouge does ({@code & < >}; quotes are kept). */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

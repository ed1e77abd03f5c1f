package io.jekyll4j.highlight;

/**
 * Rouge's HTMLTable formatter as Jekyll's highlight tag configures it (gutter class {@code
 * gutter}, code class {@code code}): line numbers in one cell, highlighted code in the other.
 */
final class LineNumberTable {
  private LineNumberTable() {}

  static String format(Lexer lexer, String code) {
    StringBuilder formatted = new StringBuilder(code.length() * 2 + 16);
    HtmlFormatter f = HtmlFormatter.formatInto(lexer, code, formatted);
    int lines = f.newlines();
    if (!f.endsWithNewline()) {
      lines++;
      formatted.append('\n');
    }
    StringBuilder out = new StringBuilder(formatted.length() + lines * 4 + 200);
    out.append("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\">")
        .append("<pre class=\"lineno\">");
    for (int i = 1; i <= lines; i++) {
      out.append(i).append('\n');
    }
    out.append("</pre></td><td class=\"code\"><pre>")
        .append(formatted)
        .append("</pre></td></tr></tbody></table>");
    return out.toString();
  }

  /**
   * Rouge's HTMLTable with its own defaults (gutter {@code rouge-gutter gl}, code {@code
   * rouge-code}), as kramdown's HTMLLegacy formatter uses it for {@code line_numbers: true}:
   * numbered from {@code startLine}, one more line when the code does not end with a newline.
   */
  static String kramdown(Lexer lexer, String code, long startLine) {
    StringBuilder formatted = new StringBuilder(code.length() * 2 + 16);
    HtmlFormatter f = HtmlFormatter.formatInto(lexer, code, formatted);
    int lines = f.newlines() + (code.isEmpty() || f.endsWithNewline() ? 0 : 1);
    StringBuilder out = new StringBuilder(formatted.length() + lines * 4 + 200);
    out.append("<table class=\"rouge-table\"><tbody><tr><td class=\"rouge-gutter gl\">")
        .append("<pre class=\"lineno\">");
    for (long i = startLine; i < startLine + lines; i++) {
      out.append(i).append('\n');
    }
    if (lines == 0) out.append('\n');
    out.append("</pre></td><td class=\"rouge-code\"><pre>")
        .append(formatted)
        .append("</pre></td></tr></tbody></table>");
    return out.toString();
  }
}

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
}

package io.jekyll4j.highlight;

/**
 * Rouge's HTML formatter: each (merged) token becomes a {@code <span class="SHORTNAME">}, {@link
 * Token#TEXT} is written bare, and everything is HTML-escaped ({@code & < >}).
 */
final class HtmlFormatter implements TokenSink {
  /** Each token type's opening tag, made once. */
  private static final String[] OPEN = new String[Token.values().length];

  static {
    for (Token t : Token.values()) {
      OPEN[t.ordinal()] = "<span class=\"" + t.shortName() + "\">";
    }
  }

  private final StringBuilder out;
  private int newlines;
  private boolean endsWithNewline;

  private HtmlFormatter(StringBuilder out) {
    this.out = out;
  }

  /** Lexes and formats {@code code}. */
  static String format(Lexer lexer, String code) {
    StringBuilder sb = new StringBuilder(code.length() * 2 + 16);
    formatInto(lexer, code, sb);
    return sb.toString();
  }

  /** Lexes {@code code}, appends its HTML to {@code sb}, and returns the formatter's counts. */
  static HtmlFormatter formatInto(Lexer lexer, String code, StringBuilder sb) {
    HtmlFormatter f = new HtmlFormatter(sb);
    TokenMerger merger = new TokenMerger(f);
    lexer.lex(code, merger);
    merger.finish();
    return f;
  }

  @Override
  public void token(Token type, String text) {
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      newlines++;
    }
    endsWithNewline = text.charAt(text.length() - 1) == '\n';
    if (type == Token.TEXT) {
      escapeInto(out, text);
    } else {
      out.append(OPEN[type.ordinal()]);
      escapeInto(out, text);
      out.append("</span>");
    }
  }

  /** Newlines in all text written so far (for line-number gutters). */
  int newlines() {
    return newlines;
  }

  /** Whether the last token ended with a newline. */
  boolean endsWithNewline() {
    return endsWithNewline;
  }

  static void escapeInto(StringBuilder out, CharSequence text) {
    int n = text.length();
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '&' && c != '<' && c != '>') {
        continue;
      }
      // the run before a special character goes in one copy
      out.append(text, from, i);
      out.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;");
      from = i + 1;
    }
    out.append(text, from, n);
  }
}

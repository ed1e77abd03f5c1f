package io.jekyll4j.highlight;

/**
 * Rouge's HTML formatter with its lexer's token merging: consecutive tokens of the same type
 * become one span, empty tokens vanish, {@link Token#TEXT} is written bare and everything is
 * HTML-escaped ({@code & < >}).
 */
final class HtmlFormatter implements TokenSink {
  private final StringBuilder out;
  private final StringBuilder pending = new StringBuilder();
  private Token pendingType;
  private int newlines;
  private boolean endsWithNewline;

  HtmlFormatter(StringBuilder out) {
    this.out = out;
  }

  /** Lexes and formats {@code code}. */
  static String format(Lexer lexer, String code) {
    StringBuilder sb = new StringBuilder(code.length() * 2 + 16);
    HtmlFormatter f = new HtmlFormatter(sb);
    lexer.lex(code, f);
    f.finish();
    return sb.toString();
  }

  @Override
  public void token(Token type, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (type == pendingType) {
      pending.append(text);
      return;
    }
    flush();
    pendingType = type;
    pending.append(text);
  }

  /** Writes the last merged token. */
  void finish() {
    flush();
  }

  /** Newlines in all text written so far (for line-number gutters). */
  int newlines() {
    return newlines;
  }

  /** Whether the last merged token ended with a newline. */
  boolean endsWithNewline() {
    return endsWithNewline;
  }

  private void flush() {
    if (pendingType == null) {
      return;
    }
    for (int i = 0; i < pending.length(); i++) {
      if (pending.charAt(i) == '\n') {
        newlines++;
      }
    }
    endsWithNewline = pending.charAt(pending.length() - 1) == '\n';
    if (pendingType == Token.TEXT) {
      escapeInto(out, pending);
    } else {
      out.append("<span class=\"").append(pendingType.shortName()).append("\">");
      escapeInto(out, pending);
      out.append("</span>");
    }
    pending.setLength(0);
    pendingType = null;
  }

  static void escapeInto(StringBuilder out, CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }
}

package io.jekyll4j.highlight;

import java.util.List;

/**
 * Rouge 3.30's Escape lexer ({@code escape}, {@code esc}) with its default options: text
 * between {@code <!} and {@code !>} is an escape token (delimiters dropped), the rest plain
 * text. Jekyll never enables Rouge's formatter escapes, so the formatter shows escapes as
 * error tokens ({@code Formatter#filter_escapes}).
 */
final class EscapeLexer implements Lexer {
  private static final String START = "<!";
  private static final String END = "!>";

  @Override
  public String tag() {
    return "escape";
  }

  @Override
  public List<String> aliases() {
    return List.of("esc");
  }

  @Override
  public Lexing newLexing() {
    return new Lexing() {
      @Override
      public void reset() {}

      @Override
      public void continueLex(String text, TokenSink sink) {
        int pos = 0;
        while (true) {
          int start = text.indexOf(START, pos);
          if (start < 0) {
            emit(sink, Token.TEXT, text.substring(pos));
            return;
          }
          emit(sink, Token.TEXT, text.substring(pos, start));
          pos = start + START.length();
          int end = text.indexOf(END, pos);
          if (end < 0) {
            emit(sink, Token.ERROR, text.substring(pos));
            return;
          }
          emit(sink, Token.ERROR, text.substring(pos, end));
          pos = end + END.length();
        }
      }
    };
  }

  private static void emit(TokenSink sink, Token type, String text) {
    if (!text.isEmpty()) {
      sink.token(type, text);
    }
  }
}

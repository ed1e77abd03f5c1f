package io.jekyll4j.highlight;

import java.util.List;

/** Rouge's PlainText lexer: the whole text as one token (plain text unless told otherwise). */
final class PlainTextLexer implements Lexer {
  private final Token token;

  PlainTextLexer(Token token) {
    this.token = token;
  }

  @Override
  public String tag() {
    return "plaintext";
  }

  @Override
  public List<String> aliases() {
    return List.of("text");
  }

  @Override
  public Lexing newLexing() {
    return new Lexing() {
      @Override
      public void reset() {}

      @Override
      public void continueLex(String text, TokenSink sink) {
        if (!text.isEmpty()) {
          sink.token(token, text);
        }
      }
    };
  }
}

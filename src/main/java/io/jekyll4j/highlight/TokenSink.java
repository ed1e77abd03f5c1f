package io.jekyll4j.highlight;

/** Receives the tokens a lexer produces, in order. */
@FunctionalInterface
public interface TokenSink {
  /** One piece of text of the given type; never called with an empty text by the merger. */
  void token(Token type, String text);
}

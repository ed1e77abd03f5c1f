package io.jekyll4j.highlight;

/**
 * One lex in progress (Rouge's lexer instance): single-threaded, keeps its state between
 * {@link #continueLex} calls so that a host lexer can delegate pieces of text to it.
 */
public interface Lexing {

  /** Back to the start state (Rouge's {@code reset!}). */
  void reset();

  /** Lexes more text, continuing from the current state (Rouge's {@code continue_lex}). */
  void continueLex(String text, TokenSink sink);
}

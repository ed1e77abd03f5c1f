package io.jekyll4j.highlight;

import java.util.List;

/**
 * A language lexer definition, immutable and shareable between threads. Each lex runs in a
 * fresh {@link Lexing}, which holds the mutable state (state stack, matchers).
 */
public interface Lexer {

  /** Rouge's canonical name for the language, e.g. {@code ruby}. */
  String tag();

  /** Other names Rouge finds this lexer by, e.g. {@code rb}. */
  List<String> aliases();

  /** A new lex in its start state. */
  Lexing newLexing();

  /** Lexes a whole text from the start state. */
  default void lex(String text, TokenSink sink) {
    newLexing().continueLex(text, sink);
  }
}

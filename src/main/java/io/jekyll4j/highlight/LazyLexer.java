package io.jekyll4j.highlight;

import java.util.List;
import java.util.function.Supplier;

/**
 * A lexer whose rule table is built (and its regexes compiled) on first use, so a build pays
 * only for the languages its pages use. Names are declared up front and checked when built.
 */
final class LazyLexer implements Lexer {
  private final String tag;
  private final List<String> aliases;
  private final Supplier<Lexer> factory;
  private volatile Lexer built;

  LazyLexer(String tag, List<String> aliases, Supplier<Lexer> factory) {
    this.tag = tag;
    this.aliases = List.copyOf(aliases);
    this.factory = factory;
  }

  @Override
  public String tag() {
    return tag;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  @Override
  public Lexing newLexing() {
    return lexer().newLexing();
  }

  @Override
  public void lex(String text, TokenSink sink) {
    lexer().lex(text, sink);
  }

  private Lexer lexer() {
    Lexer l = built;
    if (l == null) {
      synchronized (this) {
        l = built;
        if (l == null) {
          l = factory.get();
          if (!l.tag().equals(tag) || !l.aliases().equals(aliases)) {
            throw new IllegalStateException("lexer names differ from declared: " + tag);
          }
          built = l;
        }
      }
    }
    return l;
  }
}

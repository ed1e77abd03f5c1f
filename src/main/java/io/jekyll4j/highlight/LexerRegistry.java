package io.jekyll4j.highlight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lexers by Rouge tag and alias (case-sensitive, as Rouge's registry). Every name Rouge 3.30
 * knows is found: a language we have no rule table for is lexed as plain text, so that the
 * markup around it (kramdown's wrapper) is still Rouge's. Immutable.
 */
final class LexerRegistry {
  private static final String ROUGE_NAMES = "rouge-3.30-lexer-names.txt";

  private final Map<String, Lexer> byName;

  private LexerRegistry() {
    Map<String, Lexer> map = new HashMap<>();
    Lexer plain = new PlainTextLexer(Token.TEXT);
    for (String name : rougeNames()) {
      map.put(name, plain);
    }
    // Markdown looks up fenced-code languages here, lazily, once the map exists.
    for (Lexer lexer : Languages.all(this::find)) {
      map.put(lexer.tag(), lexer);
      for (String alias : lexer.aliases()) {
        map.put(alias, lexer);
      }
    }
    this.byName = Map.copyOf(map);
  }

  /** Every built-in lexer; built once (regexes compiled once) and shared. */
  static LexerRegistry builtIn() {
    return Holder.BUILT_IN;
  }

  Optional<Lexer> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  private static Iterable<String> rougeNames() {
    try (InputStream in = LexerRegistry.class.getResourceAsStream(ROUGE_NAMES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROUGE_NAMES);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final LexerRegistry BUILT_IN = new LexerRegistry();
  }
}

package io.jekyll4j.highlight;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The lexers by Rouge tag and alias (case-sensitive, as Rouge's registry). Immutable. */
final class LexerRegistry {
  private final Map<String, Lexer> byName;

  private LexerRegistry() {
    Map<String, Lexer> map = new HashMap<>();
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

  private static final class Holder {
    static final LexerRegistry BUILT_IN = new LexerRegistry();
  }
}

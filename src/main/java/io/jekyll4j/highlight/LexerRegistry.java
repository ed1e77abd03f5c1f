package io.jekyll4j.highlight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * The lexer for a Rouge name, which may carry CGI-style options ({@code console?lang=sh});
   * options are applied where we support them (the console lexer) and otherwise ignored.
   */
  Optional<Lexer> find(String name) {
    int q = name.indexOf('?');
    if (q < 0) {
      return Optional.ofNullable(byName.get(name));
    }
    Lexer lexer = byName.get(name.substring(0, q));
    if (lexer instanceof ConsoleLexer console) {
      return Optional.of(console.withOptions(cgiParse(name.substring(q + 1)), this::find));
    }
    return Optional.ofNullable(lexer);
  }

  /** Ruby's CGI.parse: {@code a=1&b=2;a=3} to {@code {a=[1, 3], b=[2]}}, URL-decoded. */
  static Map<String, List<String>> cgiParse(String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : query.split("[&;]")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      List<String> values = out.computeIfAbsent(key, k -> new ArrayList<>());
      if (eq >= 0) {
        values.add(decode(pair.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static Iterable<String> rougeNames() {
    try (InputStream in = LexerRegistry.class.getResourceAsStream(ROUGE_NAMES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROUGE_NAMES);
      }
      // a loop, not a stream: the registry is made at start-up, when streams are not yet linked
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> names = new ArrayList<>();
      for (String l = lines.readLine(); l != null; l = lines.readLine()) {
        if (!l.isBlank()) names.add(l);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final LexerRegistry BUILT_IN = new LexerRegistry();
  }
}

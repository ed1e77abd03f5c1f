package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/**
 * Rouge 3.30's literate-programming lexers: Literate CoffeeScript (indented blocks are
 * CoffeeScript, the rest Markdown) and Literate Haskell (bird-track {@code >} lines are Haskell).
 */
final class LiterateLexers {
  private LiterateLexers() {}

  static RegexLexer coffeescript(Lexer markdown, Lexer coffee) {
    RegexLexer.Builder b = RegexLexer.builder("literate_coffeescript", "litcoffee");
    b.state(
        "root",
        s ->
            s.rule("(?s)^(    .*?\\n)+", (lx, m) -> lx.delegate(lx.sub("coffee", coffee), m.group()))
                .rule(
                    "(?s)^([ ]{0,3}(\\S.*?|)\\n)*",
                    (lx, m) -> lx.delegate(lx.sub("markdown", markdown), m.group())));
    return b.build();
  }

  static RegexLexer haskell(Lexer haskell) {
    RegexLexer.Builder b = RegexLexer.builder("literate_haskell", "lithaskell", "lhaskell", "lhs");
    b.state(
        "root",
        s ->
            s.rule("\\s*?\\n(?=>)", TEXT, "code")
                .rule(".*?\\n", TEXT)
                .rule(".+\\z", TEXT));
    b.state(
        "code",
        s ->
            s.rule(
                    "(>)( .*?(\\n|\\z))",
                    (lx, m) -> {
                      lx.token(NAME_LABEL, m.group(1));
                      lx.delegate(lx.sub("haskell", haskell), m.group(2));
                    })
                .rule("\\s*\\n(?=\\s*[^>])", TEXT, POP));
    return b.build();
  }
}

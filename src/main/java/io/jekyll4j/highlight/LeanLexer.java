package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Lean lexer ({@code lean}) as a rule table, state for state. */
final class LeanLexer {
  private LeanLexer() {}

  private static final Set<String> KEYWORDS =
      Words.set(
          "abbreviation add_rewrite alias assume axiom begin by calc calc_refl calc_subst"
              + " calc_trans #check coercion conjecture constant constants context corollary def"
              + " definition end #eval example export expose exposing exit extends from fun have"
              + " help hiding hott hypothesis import include including inductive infix infixl"
              + " infixr inline instance irreducible lemma match namespace notation opaque"
              + " opaque_hint open options parameter parameters postfix precedence prefix #print"
              + " private protected #reduce reducible renaming repeat section set_option show"
              + " tactic_hint theorem universe universes using variable variables with");
  private static final Set<String> TYPES =
      Words.set(
          "Sort Prop Type");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("lean", "lean");
    b.state(
        "root",
        s ->
            s.rule("\\s*--+\\s+.*?$", COMMENT_DOC)
                .rule("\"", STRING, "string")
                .rule("\\d+", NUMBER_INTEGER)
                .rule("#?\\w+", (lx, m) -> {
                  String match = m.group(0);
                  if (KEYWORDS.contains(match)) {
                  lx.token(KEYWORD);
                  } else if (TYPES.contains(match)) {
                  lx.token(KEYWORD_TYPE);
                  } else {
                  lx.token(NAME);
                  }
                })
                .rule("[\u03bb]", KEYWORD)
                .rule("\\:=?", TEXT)
                .rule("\\.[0-9]*", OPERATOR)
                .rule("!=|#|&|&&|\\*|\\+|-|/|@|!|`|-\\.|->|\\.|\\.\\.|\\.\\.\\.|::|:>|;|;;|<|<-|=|==|>|_|\\||\\|\\||~|=>|<=|>=|/ \\/|\u2200|\u03a0|\u03bb|\u2194|\u2227|\u2228|\u2260|\u2264|\u2265|\u228e|\u00ac|\u207b\u00b9|\u2b1d|\u25b8|\u2192|\u2203|\u2115|\u2124|\u2248|\u00d7|\u231e|\u231f|\u2261|\u27e8|\u27e9", OPERATOR)
                .rule("[\\s\\(\\),\\[\\]\u03b1\u03b2\u2039\u203a]+", TEXT)
                .rule(".", ERROR));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\", STRING_ESCAPE, "escape")
                .rule("[^\\\\\"]+", STRING));
    b.state(
        "escape",
        s ->
            s.rule("[nrt\"'\\\\]", STRING_ESCAPE, POP)
                .rule("(?i)x[\\da-f]+", STRING_ESCAPE, POP));
    return b.build();
  }
}

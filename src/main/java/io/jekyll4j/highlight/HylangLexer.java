package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's HyLang lexer ({@code hylang}) as a rule table, state for state. */
final class HylangLexer {
  private HylangLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "!= % %= & &= * ** **= *= *map + += , - -= -> ->> . / // //= /= < << <<= <= = > >="
              + " >> >>= @ @= ^ ^= accumulate apply as-> assoc butlast calling-module-name car cdr"
              + " chain coll? combinations comp complement compress cond cons cons? constantly"
              + " count cut cycle dec defclass defmacro defmacro! defmacro/g! defmain defn"
              + " defreader dict-comp disassemble dispatch-reader-macro distinct do doto drop"
              + " drop-last drop-while empty? eval eval-and-compile eval-when-compile even? every?"
              + " filter first flatten float? fn for* fraction genexpr gensym get group-by"
              + " identity if* if-not if-python2 inc input instance? integer integer-char?"
              + " integer? interleave interpose islice iterable? iterate iterator? juxt keyword"
              + " keyword? last let lif lif-not list* list-comp macro-error macroexpand"
              + " macroexpand-1 map merge-with multicombinations name neg? none? not-in not? nth"
              + " numeric? odd? partition permutations pos? product quasiquote quote range read"
              + " read-str reduce remove repeat repeatedly require rest second set-comp setv some"
              + " string string? symbol? take take-nth take-while tee unless unquote"
              + " unquote-splicing when with* with-decorator with-gensyms xor yield-from zero? zip"
              + " zip-longest | |= ~");
  private static final Set<String> KEYWORDS =
      Words.set(
          "False None True and as assert break class continue def del elif else except"
              + " finally for from global if import in is lambda nonlocal not or pass raise return"
              + " try");

  private static Token nameToken(String name) {
    if (KEYWORDS.contains(name)) {
      return KEYWORD;
    }
    if (BUILTINS.contains(name)) {
      return NAME_BUILTIN;
    }
    return null;
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("hylang", "hy");
    b.state(
        "root",
        s ->
            s.rule(";.*?$", COMMENT_SINGLE)
                .rule("(?s)\\s+", WHITESPACE)
                .rule("-?\\d+\\.\\d+", NUMBER_FLOAT)
                .rule("-?\\d+", NUMBER_INTEGER)
                .rule("0x-?[0-9a-fA-F]+", NUMBER_HEX)
                .rule("\"(\\\\.|[^\"])*\"", STRING)
                .rule("'(?-si:[\\w!\\#$%*+,<=>?\\/.-]+)", STRING_SYMBOL)
                .rule("::?(?-si:[\\w!\\#$%*+,<=>?\\/.-]+)", NAME_CONSTANT)
                .rule("(?i)\\\\(.|[a-z]+)", STRING_CHAR)
                .rule("~@|[`\\'#^~&@]", OPERATOR)
                .rule("(?s)(\\()(\\s*)((?-si:[\\w!$%*+,<=>?\\/.-]+))", (lx, m) -> {
                  lx.token(PUNCTUATION, m.group(1));
                  lx.token(WHITESPACE, m.group(2));
                  Token t = nameToken(m.group(3));
                  lx.token(t == null ? NAME_FUNCTION : t, m.group(3));
                })
                .rule("[\\w!$%*+,<=>?/.-]+", (lx, m) -> {
                  Token t = nameToken(m.group());
                  lx.token(t == null ? NAME : t);
                })
                .rule("[\\[\\]]", PUNCTUATION)
                .rule("[{}]", PUNCTUATION)
                .rule("[()]", PUNCTUATION));
    return b.build();
  }
}

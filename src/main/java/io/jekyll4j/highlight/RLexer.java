package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's R lexer as a rule table. */
final class RLexer {
  private RLexer() {}

  private static final Set<String> KEYWORDS =
      Words.set("if else for while repeat in next break function");
  private static final Set<String> KEYWORD_CONSTANTS =
      Words.set(
          "NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_");
  private static final Set<String> BUILTIN_CONSTANTS =
      Words.set("LETTERS letters month.abb month.name pi T F");
  private static final String PRIMITIVE_FUNCTIONS =
      // Joined raw, as Rouge does: the dots in these names match any character.
      Words.alternation(
      "abs acos acosh all any anyNA Arg as.call as.character as.complex as.double"
              + " as.environment as.integer as.logical as.null.default as.numeric as.raw asin asinh atan"
              + " atanh attr attributes baseenv browser c call ceiling class Conj cos cosh cospi cummax"
              + " cummin cumprod cumsum digamma dim dimnames emptyenv exp expression floor forceAndCall"
              + " gamma gc.time globalenv Im interactive invisible is.array is.atomic is.call is.character"
              + " is.complex is.double is.environment is.expression is.finite is.function is.infinite"
              + " is.integer is.language is.list is.logical is.matrix is.na is.name is.nan is.null"
              + " is.numeric is.object is.pairlist is.raw is.recursive is.single is.symbol lazyLoadDBfetch"
              + " length lgamma list log max min missing Mod names nargs nzchar oldClass on.exit"
              + " pos.to.env proc.time prod quote range Re rep retracemem return round seq_along seq_len"
              + " seq.int sign signif sin sinh sinpi sqrt standardGeneric substitute sum switch tan tanh"
              + " tanpi tracemem trigamma trunc unclass untracemem UseMethod xtfrm"
      );

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("r", "r", "R", "s", "S");
    b.state(
        "root",
        s ->
            s.rule("#'.*?$", COMMENT_DOC)
                .rule("#.*?$", COMMENT_SINGLE)
                .rule("\\s+", WHITESPACE)
                .rule("`[^`]+?`", NAME)
                .rule("(?s)'(\\\\.|.)*?'", STRING_SINGLE)
                .rule("(?s)\"(\\\\.|.)*?\"", STRING_DOUBLE)
                .rule("%[^%]*?%", OPERATOR)
                .rule("0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?", NUMBER_HEX)
                .rule("[+-]?(\\d+([.]\\d+)?|[.]\\d+)([eE][+-]?\\d+)?[Li]?", NUMBER)
                .rule("\\b(?<!.)(" + PRIMITIVE_FUNCTIONS + ")(?=\\()", NAME_FUNCTION)
                .rule(
                    "(?:(?:[[:alpha:]]|[.][._[:alpha:]])[._[:alnum:]]*)|[.]",
                    (lx, m) -> {
                      String w = m.group();
                      if (KEYWORDS.contains(w)) {
                        lx.token(KEYWORD);
                      } else if (KEYWORD_CONSTANTS.contains(w)) {
                        lx.token(KEYWORD_CONSTANT);
                      } else if (BUILTIN_CONSTANTS.contains(w)) {
                        lx.token(NAME_BUILTIN);
                      } else {
                        lx.token(NAME);
                      }
                    })
                .rule("[\\[\\]{}();,]", PUNCTUATION)
                .rule("[-<>?*+^/!=~$@:%&|]", OPERATOR));
    return b.build();
  }
}

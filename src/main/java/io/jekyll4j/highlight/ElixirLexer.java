package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Map;

/** Rouge 3.30's Elixir lexer as a rule table (atoms, sigils, interpolation, heredocs). */
final class ElixirLexer {
  private ElixirLexer() {}

  /** Rouge's symbol rule is not in /x mode: these line breaks and spaces are literal. */
  private static final String NL = "\n             ";

  private static final Map<String, String> CLOSERS =
      Map.of("{", "}", "[", "]", "(", ")", "<", ">");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("elixir", "elixir", "exs");
    b.state("root", ElixirLexer::root);
    b.state(
        "strings",
        s ->
            s.rule("(%[A-Ba-z])?\"\"\"(?:.|\\n)*?\"\"\"", STRING_DOC)
                .rule("'''(?:.|\\n)*?'''", STRING_DOC)
                .rule("\"", STRING_DOUBLE, "dqs")
                .rule("'", STRING_SINGLE, "sqs")
                .rule(
                    "(?<!\\w)\\?(\\\\(x\\d{1,2}|\\h{1,2}(?!\\h)\\b|0[0-7]{0,2}(?![0-7])\\b[^x0MC])"
                        + "|(\\\\[MC]-)+\\w|[^\\s\\\\])",
                    STRING_OTHER));
    b.state(
        "dqs",
        s ->
            s.mixin("escapes")
                .mixin("interpoling")
                .rule("[^#\"\\\\]+", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP)
                .rule("[#\\\\]", STRING_DOUBLE));
    b.state(
        "sqs",
        s ->
            s.mixin("escapes")
                .mixin("interpoling")
                .rule("[^#'\\\\]+", STRING_SINGLE)
                .rule("'", STRING_SINGLE, POP)
                .rule("[#\\\\]", STRING_SINGLE));
    b.state("interpoling", s -> s.rule("#\\{", STRING_INTERPOL, "interpoling_string"));
    b.state("interpoling_string", s -> s.rule("\\}", STRING_INTERPOL, POP).mixin("root"));
    b.state(
        "escapes",
        s ->
            s.rule("\\\\x\\h{2}", STRING_ESCAPE)
                .rule("\\\\u\\{?\\d+\\}?", STRING_ESCAPE)
                .rule("\\\\[\\\\abdefnrstv0\"']", STRING_ESCAPE));
    b.state(
        "interpoling_symbol",
        s ->
            s.rule("\"", STRING_SYMBOL, POP)
                .mixin("interpoling")
                .rule("[^#\"]+", STRING_SYMBOL));
    b.state("sigil_strings", s -> s.rule("~([A-Za-z])?(\\{|\\[|\\(|<|\\||/|'|\")", ElixirLexer::sigil));
    b.state("regex_flags", s -> s.rule("[fgimrsux]*", STRING_REGEX, POP));
    b.state("list_flags", s -> s.rule("[csa]?", STRING_OTHER, POP));
    return b.build();
  }

  private static RegexLexer.StateBuilder root(RegexLexer.StateBuilder s) {
    return s.rule("\\s+", TEXT)
        .rule("#.*$", COMMENT_SINGLE)
        .rule(
            "\\b(case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|defprotocol"
                + "|defimpl|defrecord|defmacrop?|defdelegate|defexception|defguardp?|defstruct"
                + "|exit|raise|throw|after|rescue|catch|else)\\b(?![?!])|(?<!\\.)\\b(do|\\-\\>)\\b",
            KEYWORD)
        .rule(
            "\\b(import|require|use|recur|quote|unquote|super|refer)\\b(?![?!])",
            KEYWORD_NAMESPACE)
        .rule("(?<!\\.)\\b(and|not|or|when|xor|in)\\b", OPERATOR_WORD)
        .rule(
            "%=|\\*=|\\*\\*=|\\+=|\\-=|\\^=|\\|\\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!="
                + "|!~|(?=[\\s])\\?|(?<=[\\s])!+|&(&&?|(?!\\d))|\\|\\||\\^|\\*|\\+|\\-|/|\\|"
                + "|\\+\\+|\\-\\-|\\*\\*|\\/\\/|\\<\\-|\\<\\>|<<|>>|=|\\.|~~~",
            OPERATOR)
        .rule(
            "(?<!:)(:)([a-zA-Z_]\\w*([?!]|=(?![>=]))?|\\<\\>|===?|>=?|<=?|"
                + NL
                + "<=>|&&?|%\\(\\)|%\\[\\]|%\\{\\}|\\+\\+?|\\-\\-?|\\|\\|?|\\!|//|[%&`/\\|]|"
                + NL
                + "\\*\\*?|=?~|<\\-)|([a-zA-Z_]\\w*([?!])?)(:)(?!:)",
            STRING_SYMBOL)
        .rule(":\"", STRING_SYMBOL, "interpoling_symbol")
        .rule("\\b(nil|true|false)\\b(?![?!])|\\b[A-Z]\\w*\\b", NAME_CONSTANT)
        .rule("\\b(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\\b(?![?!])", NAME_BUILTIN_PSEUDO)
        .rule("[a-zA-Z_!]\\w*[!\\?]?", NAME)
        .rule("::|[%(){};,/\\|:\\\\\\[\\]]", PUNCTUATION)
        .rule("@[a-zA-Z_]\\w*|&\\d", NAME_VARIABLE)
        .rule("\\b\\d(_?\\d)*(\\.(?![^\\d\\s])(_?\\d)+)([eE][-+]?\\d(_?\\d)*)?\\b", NUMBER_FLOAT)
        .rule("\\b0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\\b", NUMBER_HEX)
        .rule("\\b0o[0-7](_?[0-7])*\\b", NUMBER_OCT)
        .rule("\\b0b[01](_?[01])*\\b", NUMBER_BIN)
        .rule("\\b\\d(_?\\d)*\\b", NUMBER_INTEGER)
        .mixin("strings")
        .mixin("sigil_strings");
  }

  private static void sigil(RegexLexing lx, java.util.regex.MatchResult m) {
    String kind = m.group(1);
    String open = m.group(2);
    String close = CLOSERS.getOrDefault(open, open);
    boolean interp = kind != null && "SRCW".contains(kind);
    Token tok = STRING_OTHER;
    // Rouge's 'Rr'.include?(nil) raises for a sigil without a letter; we treat it as "no letter".
    if (kind != null && "Rr".contains(kind)) {
      tok = STRING_REGEX;
      lx.push("regex_flags");
    }
    if (kind != null && "Ww".contains(kind)) {
      lx.push("list_flags");
    }
    lx.token(tok);
    Token t = tok;
    String c = "\\" + close;
    String uniq = open.equals(close) ? c : "\\" + open + c;
    lx.push(
        "sigil:" + open + interp + tok,
        s -> {
          s.rule(c, t, POP);
          if (interp) {
            s.mixin("interpoling").rule("#", t);
          } else {
            s.rule("[\\\\#]", t);
          }
          s.rule("(?s)[^#" + uniq + "\\\\]+", t);
        });
  }
}

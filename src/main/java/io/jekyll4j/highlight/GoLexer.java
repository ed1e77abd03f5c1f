package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Go lexer as a rule table (built from the Go spec's lexical grammar). */
final class GoLexer {
  private GoLexer() {}

  private static final String KEYWORD =
      "\\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto"
          + "|package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\\b";
  private static final String LETTER = "(?:[[:alpha:]]|_)";
  private static final String HEX = "[0-9A-Fa-f]";
  private static final String DECIMALS = "(?:[0-9]+)";
  private static final String EXPONENT = "(?:[eE][+\\-]?" + DECIMALS + ")";
  private static final String FLOAT =
      "(?:" + DECIMALS + "\\." + DECIMALS + "?" + EXPONENT + "?|" + DECIMALS + EXPONENT
          + "|\\." + DECIMALS + EXPONENT + "?)";
  private static final String ESCAPED_CHAR = "(?:\\\\[abfnrtv\\\\'\"])";
  private static final String LITTLE_U = "(?:\\\\u" + HEX + "{4})";
  private static final String BIG_U = "(?:\\\\U" + HEX + "{8})";
  private static final String UNICODE_VALUE =
      "(?:[^\\n]|" + LITTLE_U + "|" + BIG_U + "|" + ESCAPED_CHAR + ")";
  private static final String HEX_BYTE = "(?:\\\\x" + HEX + "{2})";
  private static final String BYTE_VALUE = "(?:(?:\\\\[0-7]{3})|" + HEX_BYTE + ")";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("go", "go", "golang");
    b.state(
        "simple_tokens",
        s ->
            s.rule("(?://(?:(?!\\n).)*)|(?s:/\\*(?:(?!\\*/).)*\\*/)", COMMENT)
                .rule(KEYWORD, Token.KEYWORD)
                .rule(
                    "\\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16"
                        + "|int32|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr"
                        + "|uint)\\b",
                    KEYWORD_TYPE)
                .rule(
                    "\\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print"
                        + "|println|real|recover)\\b",
                    NAME_BUILTIN)
                .rule("\\b(?:true|false|iota|nil)\\b", NAME_CONSTANT)
                .rule("(?:" + DECIMALS + "|" + FLOAT + ")i", NUMBER)
                .rule(FLOAT, NUMBER)
                .rule("(?:0[xX]" + HEX + "+)|(?:[0-9][0-9]*)|(?:0[0-7]*)", NUMBER)
                .rule("'(?:" + UNICODE_VALUE + "|" + BYTE_VALUE + ")'", STRING_CHAR)
                .rule(
                    "\\+=|\\+\\+|\\+|&\\^=|&\\^|&=|&&|&|==|=|!=|!|-=|--|-|\\|=|\\|\\||\\||<="
                        + "|<-|<<=|<<|<|\\*=|\\*|\\^=|\\^|>>=|>>|>=|>|/|/=|:=|%|%=|\\.\\.\\.|\\."
                        + "|:",
                    OPERATOR)
                .rule("\\(|\\)|\\[|\\]|\\{|\\}|,|;", PUNCTUATION)
                .rule("(?!" + KEYWORD + ")" + LETTER + "(?:" + LETTER + "|[[:digit:]])*", NAME)
                .rule("\\s+", TEXT));
    b.state(
        "root",
        s ->
            s.mixin("simple_tokens")
                .rule("`", STRING, "raw_string")
                .rule("\"", STRING, "interpreted_string"));
    b.state(
        "interpreted_string",
        s ->
            s.rule(ESCAPED_CHAR + "|" + LITTLE_U + "|" + BIG_U + "|" + HEX_BYTE, STRING_ESCAPE)
                .rule("\\\\.", ERROR)
                .rule("\"", STRING, POP)
                .rule("[^\"\\\\]+", STRING));
    b.state("raw_string", s -> s.rule("`", STRING, POP).rule("[^`]+", STRING));
    return b.build();
  }
}

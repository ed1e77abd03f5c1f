package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's SPARQL lexer ({@code lexers/sparql.rb}) as a rule table. */
final class SparqlLexer {
  private SparqlLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "ABS AVG BNODE BOUND CEIL COALESCE CONCAT CONTAINS"
              + " " + "COUNT DATATYPE DAY ENCODE_FOR_URI FLOOR GROUP_CONCAT HOURS IF"
              + " " + "IRI LANG LANGMATCHES LCASE MAX MD5 MIN MINUTES"
              + " " + "MONTH NOW RAND REGEX REPLACE ROUND SAMETERM SAMPLE"
              + " " + "SECONDS SEPARATOR SHA1 SHA256 SHA384 SHA512 STR STRAFTER"
              + " " + "STRBEFORE STRDT STRENDS STRLANG STRLEN STRSTARTS STRUUID SUBSTR"
              + " " + "SUM TIMEZONE TZ UCASE URI UUID YEAR isBLANK"
              + " " + "isIRI isLITERAL isNUMERIC isURI");

  private static final Set<String> WORDS1 =
      Words.set(
          "ADD ALL AS ASC ASK BASE BIND BINDINGS"
              + " " + "BY CLEAR CONSTRUCT COPY CREATE DATA DEFAULT DELETE"
              + " " + "DESC DESCRIBE DISTINCT DROP EXISTS FILTER FROM GRAPH"
              + " " + "GROUP HAVING IN INSERT LIMIT LOAD MINUS MOVE"
              + " " + "NAMED NOT OFFSET OPTIONAL ORDER PREFIX REDUCED SELECT"
              + " " + "SERVICE SILENT TO UNDEF UNION USING VALUES WHERE"
              + " " + "WITH");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("sparql");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("#.*", COMMENT_SINGLE)
                .rule("\"\"\"", STRING_DOUBLE, "string_double_literal")
                .rule("\"", STRING_DOUBLE, "string_double")
                .rule("'''", STRING_SINGLE, "string_single_literal")
                .rule("'", STRING_SINGLE, "string_single")
                .rule("[$?][[:word:]]+", NAME_VARIABLE)
                .rule(
              "([[:word:]-]*)(:)([[:word:]-]+)?",
              (lx, m) -> {
                lx.token(NAME_NAMESPACE, lx.group(1));
                lx.token(OPERATOR, lx.group(2));
                lx.token(STRING_SYMBOL, lx.group(3));
              })
                .rule("<[^>]*>", NAME_NAMESPACE)
                .rule("(?i)true|false", KEYWORD_CONSTANT)
                .rule("a\\b", KEYWORD)
                .rule(
              "(?i)[A-Z][[:word:]]+\\b",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0).toUpperCase(java.util.Locale.ROOT))) {
                  lx.token(NAME_BUILTIN);
                } else {
                  if (WORDS1.contains(lx.group(0).toUpperCase(java.util.Locale.ROOT))) {
                    lx.token(KEYWORD);
                  } else {
                    lx.token(ERROR);
                  }
                }
              })
                .rule("(?i)[+\\-]?(?:\\d+\\.\\d*|\\.\\d+)(?:[e][+\\-]?[0-9]+)?", NUMBER_FLOAT)
                .rule("[+\\-]?\\d+", NUMBER_INTEGER)
                .rule("[\\]\\[(){}.,;=]", PUNCTUATION)
                .rule("[/?*+=!<>]|&&|\\|\\||\\^\\^", OPERATOR));
    b.state(
        "string_double_common",
        s ->
            s.mixin("string_escapes")
                .rule("\\\\", STRING_DOUBLE)
                .rule("[^\"\\\\]+", STRING_DOUBLE));
    b.state(
        "string_double",
        s ->
            s.rule(
              "\"",
              (lx, m) -> {
                lx.token(STRING_DOUBLE);
                lx.gotoState("string_end");
              })
                .mixin("string_double_common"));
    b.state(
        "string_double_literal",
        s ->
            s.rule(
              "\"\"\"",
              (lx, m) -> {
                lx.token(STRING_DOUBLE);
                lx.gotoState("string_end");
              })
                .rule("\"", STRING_DOUBLE)
                .mixin("string_double_common"));
    b.state(
        "string_single_common",
        s ->
            s.mixin("string_escapes")
                .rule("\\\\", STRING_SINGLE)
                .rule("[^'\\\\]+", STRING_SINGLE));
    b.state(
        "string_single",
        s ->
            s.rule(
              "'",
              (lx, m) -> {
                lx.token(STRING_SINGLE);
                lx.gotoState("string_end");
              })
                .mixin("string_single_common"));
    b.state(
        "string_single_literal",
        s ->
            s.rule(
              "'''",
              (lx, m) -> {
                lx.token(STRING_SINGLE);
                lx.gotoState("string_end");
              })
                .rule("'", STRING_SINGLE)
                .mixin("string_single_common"));
    b.state(
        "string_escapes",
        s ->
            s.rule("\\\\[tbnrf\"'\\\\]", STRING_ESCAPE)
                .rule("\\\\u\\h{4}", STRING_ESCAPE)
                .rule("\\\\U\\h{8}", STRING_ESCAPE));
    b.state(
        "string_end",
        s ->
            s.rule(
              "(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)",
              (lx, m) -> {
                lx.groups(OPERATOR, NAME_PROPERTY);
              })
                .rule("\\^\\^", OPERATOR)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    return b.build();
  }
}

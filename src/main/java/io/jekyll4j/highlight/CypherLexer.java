package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Cypher lexer ({@code lexers/cypher.rb}) as a rule table. */
final class CypherLexer {
  private CypherLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "ABS ACOS ALLSHORTESTPATHS ASIN ATAN ATAN2 AVG CEIL"
              + " " + "COALESCE COLLECT COS COT COUNT DATE DEGREES E"
              + " " + "ENDNODE EXP EXTRACT FILTER FLOOR HAVERSIN HEAD ID"
              + " " + "KEYS LABELS LAST LEFT LENGTH LOG LOG10 LOWER"
              + " " + "LTRIM MAX MIN NODE NODES PERCENTILECONT PERCENTILEDISC PI"
              + " " + "RADIANS RAND RANGE REDUCE REL RELATIONSHIP RELATIONSHIPS REPLACE"
              + " " + "REVERSE RIGHT ROUND RTRIM SHORTESTPATH SIGN SIN SIZE"
              + " " + "SPLIT SQRT STARTNODE STDEV STDEVP STR SUBSTRING SUM"
              + " " + "TAIL TAN TIMESTAMP TOFLOAT TOINT TOINTEGER TOSTRING TRIM"
              + " " + "TYPE UPPER");

  private static final Set<String> WORDS1 =
      Words.set(
          "AS ASC ASCENDING ASSERT BY CALL CASE COMMIT"
              + " " + "CONSTRAINT CREATE CSV CYPHER DELETE DESC DESCENDING DETACH"
              + " " + "DISTINCT DROP ELSE END ENDS EXPLAIN FALSE FIELDTERMINATOR"
              + " " + "FOREACH FROM HEADERS IN INDEX IS JOIN LIMIT"
              + " " + "LOAD MATCH MERGE NULL ON OPTIONAL ORDER PERIODIC"
              + " " + "PROFILE REMOVE RETURN SCAN SET SKIP START STARTS"
              + " " + "THEN TRUE UNION UNIQUE UNWIND USING WHEN WHERE"
              + " " + "WITH YIELD");

  private static final Set<String> WORDS2 =
      Words.set(
          "ALL AND ANY CONTAINS EXISTS HAS IN NONE"
              + " " + "NOT OR SINGLE XOR");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("cypher", "cypher");
    b.state(
        "root",
        s ->
            s.rule("[\\s]+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("/\\*", COMMENT_MULTILINE, "multiline_comments")
                .rule("[*+\\-<>=&|~%^]", OPERATOR)
                .rule("[{}),;\\[\\]]", STRING_SYMBOL)
                .rule(
              "(\\w+)(:)(\\s*)(-?[._\\d]+)",
              (lx, m) -> {
                lx.groups(NAME_LABEL, STRING_DELIMITER, WHITESPACE, NUMBER);
              })
                .rule(
              "(\\w+)(\\s*)(\\()",
              (lx, m) -> {
                String v_name = lx.group(1).toUpperCase(java.util.Locale.ROOT);
                if (WORDS0.contains(v_name)) {
                  lx.groups(NAME_FUNCTION, WHITESPACE, STRING_SYMBOL);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.groups(KEYWORD, WHITESPACE, STRING_SYMBOL);
                  } else {
                    lx.groups(NAME, WHITESPACE, STRING_SYMBOL);
                  }
                }
              })
                .rule(":\\w+", NAME_CLASS)
                .rule(
              "(-?\\d+)(\\.\\.)(-?\\d+)",
              (lx, m) -> {
                lx.groups(NUMBER, OPERATOR, NUMBER);
              })
                .rule("(?i)(\\d+\\.\\d*|\\d*\\.\\d+)(e[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)\\d+e[+-]?\\d+", NUMBER_FLOAT)
                .rule("0[0-7]+", NUMBER_OCT)
                .rule("(?i)0x[a-f0-9]+", NUMBER_HEX)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("[.\\w]+:", NAME_PROPERTY)
                .rule("\\(", STRING_SYMBOL)
                .rule(
              "[.\\w$]+",
              (lx, m) -> {
                String v_match = lx.group(0).toUpperCase(java.util.Locale.ROOT);
                if (WORDS2.contains(v_match)) {
                  lx.token(OPERATOR_WORD);
                } else {
                  if (WORDS1.contains(v_match)) {
                    lx.token(KEYWORD);
                  } else {
                    lx.token(NAME);
                  }
                }
              })
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE)
                .rule("`(\\\\\\\\|\\\\`|[^`])*`", STRING_BACKTICK));
    b.state(
        "multiline_comments",
        s ->
            s.rule("/[*]", COMMENT_MULTILINE, "multiline_comments")
                .rule("[*]/", COMMENT_MULTILINE, POP)
                .rule("[^/*]+", COMMENT_MULTILINE)
                .rule("[/*]", COMMENT_MULTILINE));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Jsonnet lexer ({@code lexers/jsonnet.rb}) as a rule table. */
final class JsonnetLexer {
  private JsonnetLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "assert else error for if import importstr in"
              + " " + "local self super tailstrict then");

  private static final Set<String> WORDS1 =
      Words.set(
          "function");

  private static final Set<String> WORDS2 =
      Words.set(
          "false null true");

  private static final Set<String> WORDS3 =
      Words.set(
          "abs acos asin assertEqual atan ceil char codepoint"
              + " " + "cos escapeStringBash escapeStringDollars escapeStringJson escapeStringPython exp exponent filter"
              + " " + "filterMap flattenArrays floor foldl foldr force format join"
              + " " + "length lines log makeArray manifestIni manifestPython manifestPythonVars mantissa"
              + " " + "map max min mod objectFields objectHas pow range"
              + " " + "set setDiff setInter setMember setUnion sin sort split"
              + " " + "sqrt stringChars substr tan thisFile toString type uniq");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("jsonnet");
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("#.*?$", COMMENT_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("(?i)-?(?:0|[1-9]\\d*)\\.\\d+(?:e[+-]\\d+)?", NUMBER_FLOAT)
                .rule("(?i)-?(?:0|[1-9]\\d*)(?:e[+-]\\d+)?", NUMBER_INTEGER)
                .rule("[{}:\\.,;+\\[\\]=%\\(\\)]", PUNCTUATION)
                .rule("\"", STRING, "string_double")
                .rule("'", STRING, "string_single")
                .rule("\\|\\|\\|", STRING, "string_block")
                .rule("\\$", KEYWORD)
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD_DECLARATION);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(KEYWORD_CONSTANT);
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(NAME_BUILTIN);
                      } else {
                        lx.token(NAME_OTHER);
                      }
                    }
                  }
                }
              }));
    b.state(
        "string",
        s ->
            s.rule("\\\\([\\\\/bfnrt]|(u[0-9a-fA-F]{4}))", STRING_ESCAPE)
                .rule("\\\\.", STRING_ESCAPE));
    b.state(
        "string_double",
        s ->
            s.mixin("string")
                .rule("\\\\\"", STRING_ESCAPE)
                .rule("\"", STRING, POP)
                .rule("[^\\\\\"]+", STRING));
    b.state(
        "string_single",
        s ->
            s.mixin("string")
                .rule("'", STRING, POP)
                .rule("[^\\\\']+", STRING));
    b.state(
        "string_block",
        s ->
            s.mixin("string")
                .rule("[|][|][|]", STRING, POP)
                .rule("[^|\\\\]+", STRING)
                .rule("[|]", STRING));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Jsonnet lexer ({@code jsonnet}) as a rule table, state for state. */
final class JsonnetLexer {
  private JsonnetLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "acos asin atan ceil char codepoint cos exp exponent filter floor force length log"
              + " makeArray mantissa objectFields objectHas pow sin sqrt tan thisFile type abs"
              + " assertEqual escapeStringBash escapeStringDollars escapeStringJson"
              + " escapeStringPython filterMap flattenArrays foldl foldr format join lines"
              + " manifestIni manifestPython manifestPythonVars map max min mod range set setDiff"
              + " setInter setMember setUnion sort split stringChars substr toString uniq");
  private static final Set<String> CONSTANTS =
      Words.set(
          "null true false");
  private static final Set<String> DECLARATIONS =
      Words.set(
          "function");
  private static final Set<String> KEYWORDS =
      Words.set(
          "self super local for in if then else import importstr error tailstrict assert");

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
                .rule("[a-zA-Z_][a-zA-Z0-9_]*", (lx, m) -> {
                  if (KEYWORDS.contains(m.group())) {
                  lx.token(KEYWORD);
                  } else if (DECLARATIONS.contains(m.group())) {
                  lx.token(KEYWORD_DECLARATION);
                  } else if (CONSTANTS.contains(m.group())) {
                  lx.token(KEYWORD_CONSTANT);
                  } else if (BUILTINS.contains(m.group())) {
                  lx.token(NAME_BUILTIN);
                  } else {
                  lx.token(NAME_OTHER);
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

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Clean lexer ({@code clean}) as a rule table, state for state. */
final class CleanLexer {
  private CleanLexer() {}

  private static final Set<String> KEYWORDS =
      Words.set(
          "if otherwise let in with where case of infix infixl infixr class instance generic"
              + " derive special implementation definition system module from import qualified as"
              + " dynamic code inline foreign export ccall stdcall");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("clean");
    b.state(
        "common_literals",
        s ->
            s.rule("'(?:[^'\\\\]|\\\\(?:x[0-9a-fA-F]+|\\d+|.))'", STRING_CHAR)
                .rule("[+~-]?\\d+\\.\\d+(?:E[+-]?\\d+)?\\b", NUMBER_FLOAT)
                .rule("[+~-]?\\d+E[+-]?\\d+\\b", NUMBER_FLOAT)
                .rule("[+~-]?\\d+", NUMBER_INTEGER)
                .rule("\"", STRING_DOUBLE, "string"));
    b.state(
        "basic",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("//\\*.*", COMMENT_DOC)
                .rule("//.*", COMMENT_SINGLE)
                .rule("/\\*\\*", COMMENT_DOC, "comment_doc")
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("[+~-]?0[0-7]+", NUMBER_OCT)
                .rule("[+~-]?0x[0-9a-fA-F]+", NUMBER_HEX)
                .mixin("common_literals")
                .rule("(\\[)(\\s*)(')(?=.*?'\\])", (lx, m) -> {
                  lx.groups(PUNCTUATION, WHITESPACE, STRING_SINGLE, PUNCTUATION);
                  lx.push("charlist");
                }));
    b.state(
        "comment_doc",
        s ->
            s.rule("\\*/", COMMENT_DOC, POP)
                .rule("//.*", COMMENT_DOC)
                .rule("/\\*", COMMENT_DOC, "comment")
                .rule("[^*/]+", COMMENT_DOC)
                .rule("[*/]", COMMENT_DOC));
    b.state(
        "comment",
        s ->
            s.rule("\\*/", COMMENT_MULTILINE, POP)
                .rule("//.*", COMMENT_MULTILINE)
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("[^*/]+", COMMENT_MULTILINE)
                .rule("[*/]", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .rule("code(\\s+inline)?\\s*{", COMMENT_PREPROC, "abc")
                .rule("_*[a-z][\\w_`]*", (lx, m) -> {
                  if (KEYWORDS.contains(m.group())) {
                  lx.token(KEYWORD);
                  } else {
                  lx.token(NAME);
                  }
                })
                .rule("_*[A-Z][\\w_`]*", (lx, m) -> {
                  if (m.group().equals("True") || m.group().equals("False")) {
                    lx.token(KEYWORD_CONSTANT);
                  } else {
                    lx.token(KEYWORD_TYPE);
                  }
                })
                .rule("[^\\w_\\s`]", PUNCTUATION)
                .rule("_\\b", PUNCTUATION));
    b.state(
        "escapes",
        s ->
            s.rule("(?i)\\\\x[0-9a-fA-F]{1,2}", STRING_ESCAPE)
                .rule("(?i)\\\\d\\d{0,3}", STRING_ESCAPE)
                .rule("\\\\0[0-7]{0,3}", STRING_ESCAPE)
                .rule("\\\\[0-7]{1,3}", STRING_ESCAPE)
                .rule("\\\\[nrfbtv\\\\\"']", STRING_ESCAPE));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING_DOUBLE, POP)
                .mixin("escapes")
                .rule("[^\\\\\"]+", STRING_DOUBLE));
    b.state(
        "charlist",
        s ->
            s.rule("(')(\\])", (lx, m) -> {
                  lx.groups(STRING_SINGLE, PUNCTUATION);
                  lx.pop();
                })
                .mixin("escapes")
                .rule("[^\\\\']", STRING_SINGLE));
    b.state(
        "abc_basic",
        s ->
            s.rule("\\s+", WHITESPACE)
                .rule("\\|.*", COMMENT_SINGLE)
                .mixin("common_literals"));
    b.state(
        "abc",
        s ->
            s.mixin("abc_basic")
                .rule("}", COMMENT_PREPROC, POP)
                .rule("\\.\\w*", KEYWORD, "abc_rest_of_line")
                .rule("[\\w_]+", NAME_BUILTIN, "abc_rest_of_line"));
    b.state(
        "abc_rest_of_line",
        s ->
            s.rule("\\n", WHITESPACE, POP)
                .rule("}", (lx, m) -> {
                  lx.token(COMMENT_PREPROC);
                  lx.pop();
                  lx.pop();
                })
                .mixin("abc_basic")
                .rule("\\S+", NAME));
    return b.build();
  }
}

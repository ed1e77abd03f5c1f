package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's ActionScript lexer ({@code lexers/actionscript.rb}) as a rule table. */
final class ActionscriptLexer {
  private ActionscriptLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "break case catch continue default delete do else"
              + " " + "finally for if in is new return switch"
              + " " + "this throw try typeof while with");

  private static final Set<String> WORDS1 =
      Words.set(
          "function var with");

  private static final Set<String> WORDS2 =
      Words.set(
          "class const dynamic extends final flash_proxy get implements"
              + " " + "import include interface internal namespace native object_proxy override"
              + " " + "package private protected public set static super trace");

  private static final Set<String> WORDS3 =
      Words.set(
          "Infinity NaN false null true undefined");

  private static final Set<String> WORDS4 =
      Words.set(
          "Class Function Math Object RegExp decodeURI decodeURIComponent encodeURI"
              + " " + "encodeURIComponent eval isFinite isNaN parseFloat parseInt this void");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("actionscript", "as", "as3");
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE));
    b.state(
        "expr_start",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(
              "/",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("regex");
              })
                .rule("[{]", PUNCTUATION, "object")
                .rule("", TEXT, POP));
    b.state(
        "regex",
        s ->
            s.rule(
              "/",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("regex_end");
              })
                .rule("[^/]\\n", ERROR, POP)
                .rule("\\n", ERROR, POP)
                .rule("\\[\\^", STRING_ESCAPE, "regex_group")
                .rule("\\[", STRING_ESCAPE, "regex_group")
                .rule("\\\\.", STRING_ESCAPE)
                .rule("[(][?][:=<!]", STRING_ESCAPE)
                .rule("[{][\\d,]+[}]", STRING_ESCAPE)
                .rule("[()?]", STRING_ESCAPE)
                .rule(".", STRING_REGEX));
    b.state(
        "regex_end",
        s ->
            s.rule("[gim]+", STRING_REGEX, POP)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "regex_group",
        s ->
            s.rule("/", STRING_ESCAPE)
                .rule(
              "[^/]\\n",
              (lx, m) -> {
                lx.token(ERROR);
                lx.pop(2);
              })
                .rule("\\]", STRING_ESCAPE, POP)
                .rule("\\\\.", STRING_ESCAPE)
                .rule(".", STRING_REGEX));
    b.state(
        "bad_regex",
        s ->
            s.rule("[^\\n]+", ERROR, POP));
    b.state(
        "root",
        s ->
            s.rule("(?s)\\A\\s*#!.*?\\n", COMMENT_PREPROC, "statement")
                .rule("\\n", TEXT, "statement")
                .rule("(?<=\\n)(?=\\s|/|<!--)", TEXT, "expr_start")
                .mixin("comments_and_whitespace")
                .rule("\\+\\+|--|~|&&|\\|\\||\\\\(?=\\n)|<<|>>>?|===|!==", OPERATOR, "expr_start")
                .rule("[:-<>+*%&|\\^/!=]=?", OPERATOR, "expr_start")
                .rule("[(\\[,]", PUNCTUATION, "expr_start")
                .rule(";", PUNCTUATION, "statement")
                .rule("[)\\].]", PUNCTUATION)
                .rule(
              "[?]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("ternary");
                lx.push("expr_start");
              })
                .rule("[{}]", PUNCTUATION, "statement")
                .rule(
              "[$a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                  lx.push("expr_start");
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD_DECLARATION);
                    lx.push("expr_start");
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(KEYWORD_CONSTANT);
                      } else {
                        if (WORDS4.contains(lx.group(0))) {
                          lx.token(NAME_BUILTIN);
                        } else {
                          lx.token(NAME_OTHER);
                        }
                      }
                    }
                  }
                }
              })
                .rule("\\-?[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?", NUMBER_FLOAT)
                .rule("0x[0-9a-fA-F]+", NUMBER_HEX)
                .rule("\\-?[0-9]+", NUMBER_INTEGER)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE));
    b.state(
        "statement",
        s ->
            s.rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME_LABEL, TEXT, PUNCTUATION);
              })
                .rule("[{}]", PUNCTUATION)
                .mixin("expr_start"));
    b.state(
        "object",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(
              "[}]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("statement");
              })
                .rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME_ATTRIBUTE, TEXT, PUNCTUATION);
                lx.push("expr_start");
              })
                .rule(":", PUNCTUATION)
                .mixin("root"));
    b.state(
        "ternary",
        s ->
            s.rule(
              ":",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("expr_start");
              })
                .mixin("root"));
    return b.build();
  }
}

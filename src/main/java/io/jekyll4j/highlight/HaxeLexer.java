package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Haxe lexer ({@code lexers/haxe.rb}) as a rule table. */
final class HaxeLexer {
  private HaxeLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "break case cast catch class continue default do"
              + " " + "else enum false for function if import interface"
              + " " + "macro new null override package private public return"
              + " " + "switch this throw true try untyped while");

  private static final Set<String> WORDS1 =
      Words.set(
          "import using");

  private static final Set<String> WORDS2 =
      Words.set(
          "abstract dynamic extends extern from implements inline static"
              + " " + "to typedef var");

  private static final Set<String> WORDS3 =
      Words.set(
          "autoBuild build enum inline super trace");

  private static final Set<String> WORDS4 =
      Words.set(
          "false null true");

  private static final Set<String> WORDS5 =
      Words.set(
          "Any Array Bool Class Date DateTools Dynamic EReg"
              + " " + "File FileSystem Float Int Lambda Map Math Reflect"
              + " " + "Std String StringTools Sys UInt Void isNaN parseFloat"
              + " " + "parseInt this");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("haxe", "hx", "haxe");
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
                .rule("#(?:if|elseif|else|end).*", COMMENT_PREPROC)
                .rule(
              "~",
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
            s.rule("\\n", TEXT, "statement")
                .rule("\\{", PUNCTUATION, "expr_start")
                .mixin("comments_and_whitespace")
                .rule("@", NAME_DECORATOR, "metadata")
                .rule("\\+\\+|--|~|&&|\\|\\||\\\\(?=\\n)|<<|>>|==|!=", OPERATOR, "expr_start")
                .rule("[-:<>+*%&|\\^/!=]=?", OPERATOR, "expr_start")
                .rule("[(\\[,]", PUNCTUATION, "expr_start")
                .rule(";", PUNCTUATION, "statement")
                .rule("[)\\]}.]", PUNCTUATION)
                .rule(
              "[?]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("ternary");
                lx.push("expr_start");
              })
                .rule(
              "[$a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                  lx.push("expr_start");
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD);
                    lx.push("namespace");
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(KEYWORD_DECLARATION);
                      lx.push("expr_start");
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(KEYWORD_RESERVED);
                      } else {
                        if (WORDS4.contains(lx.group(0))) {
                          lx.token(KEYWORD_CONSTANT);
                        } else {
                          if (WORDS5.contains(lx.group(0))) {
                            lx.token(NAME_BUILTIN);
                          } else {
                            lx.token(NAME_OTHER);
                          }
                        }
                      }
                    }
                  }
                }
              })
                .rule("\\-?\\d+\\.\\d+(?:[eE]\\d+)?[fd]?", NUMBER_FLOAT)
                .rule("0x\\h+", NUMBER_HEX)
                .rule("\\-?[0-9]+", NUMBER_INTEGER)
                .rule("\"", STRING_DOUBLE, "str_double")
                .rule("'", STRING_SINGLE, "str_single"));
    b.state(
        "statement",
        s ->
            s.rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME_LABEL, TEXT, PUNCTUATION);
              })
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
        "metadata",
        s ->
            s.rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))(\\()?",
              (lx, m) -> {
                lx.groups(NAME_DECORATOR, PUNCTUATION);
                if (!(lx.group(2) != null)) {
                  lx.pop();
                }
              })
                .rule(":(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)(?:\\.(?-si:[$a-zA-Z_][a-zA-Z0-9_]*))*", NAME_DECORATOR, POP)
                .rule("\\)", NAME_DECORATOR, POP)
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
    b.state(
        "str_double",
        s ->
            s.mixin("str_escape")
                .rule("\"", STRING_DOUBLE, POP)
                .rule("[^\\\\\"]+", STRING_DOUBLE));
    b.state(
        "str_single",
        s ->
            s.mixin("str_escape")
                .rule("'", STRING_SINGLE, POP)
                .rule("\\$\\$", STRING_SINGLE)
                .rule("\\$(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)", STRING_INTERPOL)
                .rule("\\$\\{", STRING_INTERPOL, "str_interpol")
                .rule("[^\\\\$']+", STRING_SINGLE));
    b.state(
        "str_escape",
        s ->
            s.rule("\\\\[\\\\tnr'\"]", STRING_ESCAPE)
                .rule("\\\\[0-7]{3}", STRING_ESCAPE)
                .rule("\\\\x\\h{2}", STRING_ESCAPE)
                .rule("\\\\u\\h{4}", STRING_ESCAPE)
                .rule("\\\\u\\{\\h{1,6}\\}", STRING_ESCAPE));
    b.state(
        "str_interpol",
        s ->
            s.rule("\\}", STRING_INTERPOL, POP)
                .mixin("root"));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's SuperCollider lexer ({@code lexers/supercollider.rb}) as a rule table. */
final class SupercolliderLexer {
  private SupercolliderLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "arg classvar const super this var");

  private static final Set<String> WORDS1 =
      Words.set(
          "currentEnvironment false inf nil thisFunction thisFunctionDef thisMethod thisProcess"
              + " " + "thisThread topEnvironment true");

  private static final Set<String> WORDS2 =
      Words.set(
          "case do for forBy if loop new newCopyArgs"
              + " " + "while");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("supercollider");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT));
    b.state(
        "comments",
        s ->
            s.rule("//.*?$", COMMENT_SINGLE)
                .rule(
              "/[*]",
              (lx, m) -> {
                lx.token(COMMENT_MULTILINE);
                lx.push("nested_comment");
              }));
    b.state(
        "nested_comment",
        s ->
            s.rule("/[*]", COMMENT_MULTILINE, "nested_comment")
                .rule("[*]/", COMMENT_MULTILINE, POP)
                .rule("(?s)[^*/]+", COMMENT_MULTILINE)
                .rule(".", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .mixin("comments")
                .rule("[\\-+]?0[xX]\\h+", NUMBER_HEX)
                .rule("[\\-+]?\\d+r[0-9a-zA-Z]*(\\.[0-9A-Z]*)?", NUMBER_FLOAT)
                .rule("[\\-+]?((\\d+(\\.\\d+)?([eE][\\-+]?\\d+)?(pi)?)|pi)", NUMBER_FLOAT)
                .rule("[\\-+]?\\d+", NUMBER_INTEGER)
                .rule("\\$(\\\\.|.)", STRING_CHAR)
                .rule("\"([^\\\\\"]|\\\\.)*\"", STRING)
                .rule("'([^\\\\']|\\\\.)*'", STRING_OTHER)
                .rule("\\\\\\w+", STRING_OTHER)
                .rule("[A-Za-z_]\\w*:", NAME_LABEL)
                .rule("[A-Z]\\w*", NAME_CLASS)
                .rule("_\\w+", NAME_FUNCTION)
                .rule(
              "[a-z]\\w*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD_CONSTANT);
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      lx.token(NAME);
                    }
                  }
                }
              })
                .rule("~\\w+", NAME_VARIABLE_GLOBAL)
                .rule("[\\{\\}()\\[\\];,\\.]", PUNCTUATION)
                .rule("[\\+\\-\\*/&\\|%<>=]+", OPERATOR)
                .rule("[\\^:#]", OPERATOR)
                .rule("\\b_\\b", NAME_BUILTIN));
    return b.build();
  }
}

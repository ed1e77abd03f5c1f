package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Io lexer ({@code io}) as a rule table, state for state. */
final class IoLexer {
  private IoLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "args call clone do doFile doString else elseif for if list method return super"
              + " then");
  private static final Set<String> CONSTANTS =
      Words.set(
          "nil false true");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("io");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("//.*", COMMENT_SINGLE)
                .rule("#.*", COMMENT_SINGLE)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE)
                .rule("/[+]", COMMENT_MULTILINE, "nested_comment")
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule(":?:=", KEYWORD)
                .rule("[()]", PUNCTUATION)
                .rule("[-=;,*+><!/|^.%&\\[\\]{}]", OPERATOR)
                .rule("[A-Z]\\w*", NAME_CLASS)
                .rule("[a-z_]\\w*", (lx, m) -> {
                  String name = m.group(0);
                  if (CONSTANTS.contains(name)) {
                  lx.token(KEYWORD_CONSTANT);
                  } else if (BUILTINS.contains(name)) {
                  lx.token(NAME_BUILTIN);
                  } else {
                  lx.token(NAME);
                  }
                })
                .rule("(?i)(\\d+[.]?\\d*|\\d*[.]\\d+)(e[+-]?[0-9]+)?", NUMBER_FLOAT)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("@@?", KEYWORD));
    b.state(
        "nested_comment",
        s ->
            s.rule("(?s)[^/+]+", COMMENT_MULTILINE)
                .rule("/[+]", COMMENT_MULTILINE, "nested_comment")
                .rule("[+]/", COMMENT_MULTILINE, POP));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Wollok lexer ({@code lexers/wollok.rb}) as a rule table. */
final class WollokLexer {
  private WollokLexer() {}

  /**
   * Rouge's {@code entities}: a local of the lexer's class body, so entity names seen in any
   * block stay known for later blocks of the same process. Kept as that quirk.
   */
  private static final Set<String> ENTITIES = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("wollok");
    b.state(
        "whitespaces_and_comments",
        s ->
            s.rule("(?s)\\s+", WHITESPACE)
                .rule("//.*$", COMMENT_SINGLE)
                .rule("(?s)/\\*(.|\\s)*?\\*/", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.mixin("whitespaces_and_comments")
                .rule(
              "(import)(.+$)",
              (lx, m) -> {
                lx.groups(KEYWORD_RESERVED, TEXT);
              })
                .rule("(class|object|mixin)", KEYWORD_RESERVED, "foo")
                .rule("test|program", KEYWORD_RESERVED)
                .rule(
              "(package)(\\s+)((?-si:[a-zA-Z][a-zA-Z0-9]*))",
              (lx, m) -> {
                lx.groups(KEYWORD_RESERVED, WHITESPACE, NAME_CLASS);
              })
                .rule("{|}", TEXT)
                .mixin("keywords")
                .mixin("symbols")
                .mixin("objects"));
    b.state(
        "foo",
        s ->
            s.mixin("whitespaces_and_comments")
                .rule("inherits|mixed|with|and", KEYWORD_RESERVED)
                .rule(
              "(?-si:[a-zA-Z][a-zA-Z0-9]*)(?=\\s*{)",
              (lx, m) -> {
                lx.token(NAME_CLASS);
                ENTITIES.add(lx.group(0));
                lx.pop();
              })
                .rule(
              "(?-si:[a-zA-Z][a-zA-Z0-9]*)",
              (lx, m) -> {
                lx.token(NAME_CLASS);
                ENTITIES.add(lx.group(0));
              }));
    b.state(
        "keywords",
        s ->
            s.rule("self\\b", NAME_BUILTIN_PSEUDO)
                .rule("new\\b|super\\b|return\\b|if\\b|else\\b|var\\b|const\\b|override\\b|constructor\\b", KEYWORD_RESERVED)
                .rule(
              "(method)(\\s+)((?-si:_?(?-si:[a-zA-Z][a-zA-Z0-9]*)))",
              (lx, m) -> {
                lx.groups(KEYWORD_RESERVED, WHITESPACE, TEXT);
              }));
    b.state(
        "objects",
        s ->
            s.rule(
              "_?(?-si:[a-zA-Z][a-zA-Z0-9]*)",
              (lx, m) -> {
                String variable = lx.group(0);
                char c = variable.charAt(0);
                if (ENTITIES.contains(variable) || (c >= 'A' && c <= 'Z')) {
                  lx.token(NAME_CLASS);
                } else {
                  lx.token(KEYWORD_VARIABLE);
                }
              })
                .rule("\\.(?-si:[a-zA-Z][a-zA-Z0-9]*)", TEXT)
                .mixin("literals"));
    b.state(
        "literals",
        s ->
            s.mixin("whitespaces_and_comments")
                .rule("[0-9]+\\.?[0-9]*", NUMBER)
                .rule("(?s)\"[^\"]*\"", STRING)
                .rule("\\[|\\#{", PUNCTUATION, "lists"));
    b.state(
        "lists",
        s ->
            s.rule(",", PUNCTUATION)
                .rule("]|}", PUNCTUATION, POP)
                .mixin("objects"));
    b.state(
        "symbols",
        s ->
            s.rule("\\+\\+|--|\\+=|-=|\\*\\*|!", OPERATOR)
                .rule("\\+|-|\\*|/|%", OPERATOR)
                .rule("<=|=>|===|==|<|>", OPERATOR)
                .rule("and\\b|or\\b|not\\b", OPERATOR)
                .rule("\\(|\\)|=", TEXT)
                .rule(",", PUNCTUATION));
    return b.build();
  }
}

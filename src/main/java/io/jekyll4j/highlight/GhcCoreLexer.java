package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's GHC Core lexer ({@code ghc-core}) as a rule table, state for state. */
final class GhcCoreLexer {
  private GhcCoreLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ghc-core");
    b.state(
        "root",
        s ->
            s.rule("^=====.*=====$", GENERIC_HEADING)
                .rule("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d+ UTC$", COMMENT_SINGLE)
                .rule("^Result size of .+\\n.+{[^}]*}", COMMENT_MULTILINE)
                .rule("--.*$", COMMENT_SINGLE)
                .rule("\\[", COMMENT_SPECIAL, "annotation")
                .mixin("recursive_binding")
                .mixin("ghc_rule")
                .mixin("function")
                .rule("(?s)\\s", TEXT)
                .rule(".", TEXT));
    b.state(
        "expression",
        s ->
            s.rule("[\\n]+", TEXT)
                .rule("(?=^\\S)", (lx, m) -> {
                  lx.pop();
                })
                .rule("\\s+", TEXT, "expression_line"));
    b.state(
        "expression_line",
        s ->
            s.rule(" ", TEXT)
                .mixin("common")
                .rule("\\n", TEXT, POP));
    b.state(
        "annotation",
        s ->
            s.rule("\\]", COMMENT_SPECIAL, POP)
                .rule("\\[", COMMENT_SPECIAL, "annotation")
                .rule("[^\\[\\]]+", COMMENT_SPECIAL));
    b.state(
        "common",
        s ->
            s.rule("\\[[^=]*\\]", KEYWORD_TYPE)
                .rule("\\[", COMMENT_SPECIAL, "annotation")
                .mixin("literal")
                .mixin("constants")
                .mixin("punctuation")
                .mixin("operator")
                .mixin("name"));
    b.state(
        "literal",
        s ->
            s.rule("\\d+\\.\\d+\\#{0,2}", NUMBER_FLOAT)
                .rule("\\d+\\#{0,2}", NUMBER_INTEGER)
                .rule("\".*\"#", STRING)
                .rule("'.'#", STRING_CHAR));
    b.state(
        "constants",
        s ->
            s.rule("__DEFAULT", NAME_CONSTANT));
    b.state(
        "name",
        s ->
            s.rule("^([A-Z]\\w*)(\\.)", (lx, m) -> {
                  lx.token(NAME_NAMESPACE, m.group(0));
                  lx.token(PUNCTUATION, m.group(1));
                })
                .rule("[A-Z][^\\s.,(){}]*", KEYWORD_TYPE)
                .rule("(^[a-z].*?\\d+\\.\\d+\\.\\d+)(:)(?=\\S)", (lx, m) -> {
                  lx.token(NAME_NAMESPACE, m.group(1));
                  lx.token(PUNCTUATION, m.group(2));
                })
                .rule("\\S*\\(,\\)\\S*", NAME_VARIABLE)
                .rule("\\S[^\\s.,(){}]*", NAME_VARIABLE));
    b.state(
        "punctuation",
        s ->
            s.rule("[.,(){};]", PUNCTUATION));
    b.state(
        "operator",
        s ->
            s.rule("=>", OPERATOR)
                .rule("->", OPERATOR)
                .rule("::", OPERATOR)
                .rule("=", OPERATOR)
                .rule("forall", KEYWORD)
                .rule("case", KEYWORD)
                .rule("of", KEYWORD)
                .rule("letrec", KEYWORD)
                .rule("let", KEYWORD)
                .rule("join", KEYWORD)
                .rule("@", OPERATOR)
                .rule("\\\\", OPERATOR));
    b.state(
        "recursive_binding",
        s ->
            s.rule("(Rec)(\\s*)({)", (lx, m) -> {
                  lx.token(KEYWORD, m.group(1));
                  lx.token(TEXT, m.group(2));
                  lx.token(PUNCTUATION, m.group(3));
                })
                .rule("^(end)(\\s*)(Rec)(\\s*)(})", (lx, m) -> {
                  lx.token(KEYWORD, m.group(1));
                  lx.token(TEXT, m.group(2));
                  lx.token(KEYWORD, m.group(3));
                  lx.token(TEXT, m.group(4));
                  lx.token(PUNCTUATION, m.group(5));
                }));
    b.state(
        "ghc_rule",
        s ->
            s.rule("(?s)^(\".*?\")", (lx, m) -> {
                  lx.token(NAME_LABEL, m.group(0));
                  lx.push("expression");
                }));
    b.state(
        "function",
        s ->
            s.rule("(?s)^(\\S+)(?=.*?(=|::))", (lx, m) -> {
                  lx.token(NAME_FUNCTION, m.group(0));
                  lx.push("expression");
                }));
    return b.build();
  }
}

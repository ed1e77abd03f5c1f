package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Prolog lexer ({@code prolog}) as a rule table, state for state. */
final class PrologLexer {
  private PrologLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("prolog", "prolog");
    b.start(lx -> lx.push("bol"));
    b.state(
        "bol",
        s ->
            s.rule("#.*", COMMENT_SINGLE)
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "basic",
        s ->
            s.rule("\\s+", TEXT)
                .rule("%.*", COMMENT_SINGLE)
                .rule("/\\*", COMMENT_MULTILINE, "nested_comment")
                .rule("[\\[\\](){}|.,;!]", PUNCTUATION)
                .rule(":-|-->", PUNCTUATION)
                .rule("\"[^\"]*\"", STRING_DOUBLE)
                .rule("\\d+\\.\\d+", NUMBER_FLOAT)
                .rule("\\d+", NUMBER));
    b.state(
        "atoms",
        s ->
            s.rule("[[:lower:]]([[:word:]])*", STRING_SYMBOL)
                .rule("'[^']*'", STRING_SYMBOL));
    b.state(
        "operators",
        s ->
            s.rule("(<|>|=<|>=|==|=:=|=|/|//|\\*|\\+|-)(?=\\s|[a-zA-Z0-9\\[])", OPERATOR)
                .rule("is", OPERATOR)
                .rule("(mod|div|not)", OPERATOR)
                .rule("[#&*+-./:<=>?@^~]+", OPERATOR));
    b.state(
        "variables",
        s ->
            s.rule("[A-Z]+\\w*", NAME_VARIABLE)
                .rule("_[[:word:]]*", NAME_VARIABLE));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .mixin("atoms")
                .mixin("variables")
                .mixin("operators"));
    b.state(
        "nested_comment",
        s ->
            s.rule("/\\*", COMMENT_MULTILINE, PUSH)
                .rule("\\s*\\*[^*/]+", COMMENT_MULTILINE)
                .rule("\\*/", COMMENT_MULTILINE, POP));
    return b.build();
  }
}

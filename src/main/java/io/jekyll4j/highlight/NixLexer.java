package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Nix lexer ({@code nix}) as a rule table, state for state. */
final class NixLexer {
  private NixLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("nix", "nixos");
    b.state(
        "whitespaces",
        s ->
            s.rule("(?s)^\\s*\\n\\s*$", TEXT)
                .rule("\\s+", TEXT));
    b.state(
        "comment",
        s ->
            s.rule("#.*$", COMMENT)
                .rule("/\\*", COMMENT, "multiline_comment"));
    b.state(
        "multiline_comment",
        s ->
            s.rule("\\*/", COMMENT, POP)
                .rule(".", COMMENT));
    b.state(
        "number",
        s ->
            s.rule("[0-9]", NUMBER_INTEGER));
    b.state(
        "null",
        s ->
            s.rule("(null)", KEYWORD_CONSTANT));
    b.state(
        "boolean",
        s ->
            s.rule("(true|false)", KEYWORD_CONSTANT));
    b.state(
        "binding",
        s ->
            s.rule("[a-zA-Z_][a-zA-Z0-9-]*", NAME_VARIABLE));
    b.state(
        "path",
        s ->
            s.rule("((/[a-zA-Z0-9._-]+)+|~(/[a-zA-Z0-9._-]+)+|[a-zA-Z0-9._-]+(/[a-zA-Z0-9._-]+)+|[a-z+]+://(/?[a-zA-Z0-9._-]+(/[a-zA-Z0-9._-]+)+))", STRING_OTHER));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING_DOUBLE, "double_quoted_string")
                .rule("''", STRING_DOUBLE, "indented_string"));
    b.state(
        "string_content",
        s ->
            s.rule("\\\\.", STRING_ESCAPE)
                .rule("\\$\\$", STRING_ESCAPE)
                .rule("\\${", STRING_INTERPOL, "string_interpolated_arg"));
    b.state(
        "indented_string_content",
        s ->
            s.rule("'''", STRING_ESCAPE)
                .rule("''\\$", STRING_ESCAPE)
                .rule("\\$\\$", STRING_ESCAPE)
                .rule("''\\\\.", STRING_ESCAPE)
                .rule("\\${", STRING_INTERPOL, "string_interpolated_arg"));
    b.state(
        "string_interpolated_arg",
        s ->
            s.mixin("expression")
                .rule("}", STRING_INTERPOL, POP));
    b.state(
        "indented_string",
        s ->
            s.mixin("indented_string_content")
                .rule("''", STRING_DOUBLE, POP)
                .rule(".", STRING_DOUBLE));
    b.state(
        "double_quoted_string",
        s ->
            s.mixin("string_content")
                .rule("\"", STRING_DOUBLE, POP)
                .rule(".", STRING_DOUBLE));
    b.state(
        "operator",
        s ->
            s.rule("(\\.|\\?|\\+\\+|\\+|!=|!|//|\\=\\=|&&|\\|\\||->|/|\\*|-|<|>|<=|=>)", OPERATOR));
    b.state(
        "assignment",
        s ->
            s.rule("(=)", OPERATOR)
                .rule("(@)", OPERATOR));
    b.state(
        "accessor",
        s ->
            s.rule("(\\$)", PUNCTUATION));
    b.state(
        "delimiter",
        s ->
            s.rule("(;|,|:)", PUNCTUATION));
    b.state(
        "atom_content",
        s ->
            s.mixin("expression")
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "atom",
        s ->
            s.rule("\\(", PUNCTUATION, "atom_content"));
    b.state(
        "list",
        s ->
            s.rule("\\[", PUNCTUATION, "list_content"));
    b.state(
        "list_content",
        s ->
            s.rule("\\]", PUNCTUATION, POP)
                .mixin("expression"));
    b.state(
        "set",
        s ->
            s.rule("{", PUNCTUATION, "set_content"));
    b.state(
        "set_content",
        s ->
            s.rule("}", PUNCTUATION, POP)
                .mixin("expression"));
    b.state(
        "expression",
        s ->
            s.mixin("ignore")
                .mixin("comment")
                .mixin("boolean")
                .mixin("null")
                .mixin("number")
                .mixin("path")
                .mixin("string")
                .mixin("keywords")
                .mixin("operator")
                .mixin("accessor")
                .mixin("assignment")
                .mixin("delimiter")
                .mixin("binding")
                .mixin("atom")
                .mixin("set")
                .mixin("list"));
    b.state(
        "keywords",
        s ->
            s.mixin("keywords_namespace")
                .mixin("keywords_declaration")
                .mixin("keywords_conditional")
                .mixin("keywords_reserved")
                .mixin("keywords_builtin"));
    b.state(
        "keywords_namespace",
        s ->
            s.rule("(?:with|in|inherit)\\b", KEYWORD_NAMESPACE));
    b.state(
        "keywords_declaration",
        s ->
            s.rule("(?:let)\\b", KEYWORD_DECLARATION));
    b.state(
        "keywords_conditional",
        s ->
            s.rule("(?:if|then|else)\\b", KEYWORD));
    b.state(
        "keywords_reserved",
        s ->
            s.rule("(?:rec|assert|map)\\b", KEYWORD_RESERVED));
    b.state(
        "keywords_builtin",
        s ->
            s.rule("(?:abort|baseNameOf|builtins|derivation|fetchTarball|import|isNull|removeAttrs|throw|toString)\\b", KEYWORD_RESERVED));
    b.state(
        "ignore",
        s ->
            s.mixin("whitespaces"));
    b.state(
        "root",
        s ->
            s.mixin("ignore")
                .mixin("expression"));
    return b.build();
  }
}

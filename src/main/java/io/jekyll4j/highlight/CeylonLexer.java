package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Ceylon lexer ({@code lexers/ceylon.rb}) as a rule table. */
final class CeylonLexer {
  private CeylonLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ceylon");
    b.state(
        "whitespace",
        s ->
            s.rule("[^\\S\\n]+", TEXT)
                .rule("//.*?\\n", COMMENT_SINGLE)
                .rule("/\\*", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule("(shared|abstract|formal|default|actual|variable|deprecated|small|\n          late|literal|doc|by|see|throws|optional|license|tagged|final|native|\n          annotation|sealed)\\b", NAME_DECORATOR)
                .rule("(break|case|catch|continue|else|finally|for|in|\n          if|return|switch|this|throw|try|while|is|exists|dynamic|\n          nonempty|then|outer|assert|let)\\b", KEYWORD)
                .rule("(abstracts|extends|satisfies|super|given|of|out|assign)\\b", KEYWORD_DECLARATION)
                .rule("(function|value|void|new)\\b", KEYWORD_TYPE)
                .rule(
              "(assembly|module|package)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT);
                lx.push("import");
              })
                .rule("(true|false|null)\\b", KEYWORD_CONSTANT)
                .rule(
              "(class|interface|object|alias)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD_DECLARATION, TEXT);
                lx.push("class");
              })
                .rule(
              "(import)(\\s+)",
              (lx, m) -> {
                lx.groups(KEYWORD_NAMESPACE, TEXT);
                lx.push("import");
              })
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("'\\\\.'|'[^\\\\]'|'\\\\\\{#[0-9a-fA-F]{4}\\}'", STRING_CHAR)
                .rule("\"[^`]*``[^`]*``[^`]*\"", STRING_INTERPOL)
                .rule(
              "(\\.)([a-z_]\\w*)",
              (lx, m) -> {
                lx.groups(OPERATOR, NAME_ATTRIBUTE);
              })
                .rule("[a-zA-Z_]\\w*:", NAME_LABEL)
                .rule("(\\\\I[a-z]|[A-Z])\\w*", NAME_DECORATOR)
                .rule("[a-zA-Z_]\\w*", NAME)
                .rule("[~^*!%&\\[\\](){}<>|+=:;,./?`-]", OPERATOR)
                .rule("\\d{1,3}(_\\d{3})+\\.\\d{1,3}(_\\d{3})+[kMGTPmunpf]?", NUMBER_FLOAT)
                .rule("\\d{1,3}(_\\d{3})+\\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?", NUMBER_FLOAT)
                .rule("[0-9][0-9]*\\.\\d{1,3}(_\\d{3})+[kMGTPmunpf]?", NUMBER_FLOAT)
                .rule("[0-9][0-9]*\\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?", NUMBER_FLOAT)
                .rule("#([0-9a-fA-F]{4})(_[0-9a-fA-F]{4})+", NUMBER_HEX)
                .rule("#[0-9a-fA-F]+", NUMBER_HEX)
                .rule("\\$([01]{4})(_[01]{4})+", NUMBER_BIN)
                .rule("\\$[01]+", NUMBER_BIN)
                .rule("\\d{1,3}(_\\d{3})+[kMGTP]?", NUMBER_INTEGER)
                .rule("[0-9]+[kMGTP]?", NUMBER_INTEGER)
                .rule("\\n", TEXT));
    b.state(
        "class",
        s ->
            s.mixin("whitespace")
                .rule("[A-Za-z_]\\w*", NAME_CLASS, POP));
    b.state(
        "import",
        s ->
            s.rule("[a-z][\\w.]*", NAME_NAMESPACE, POP)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING, POP));
    // Rouge's "comment" state is never entered (and its first rule, Comment.Multiline, is a
    // NoMethodError in Ruby), so it is left out.
    return b.build();
  }
}

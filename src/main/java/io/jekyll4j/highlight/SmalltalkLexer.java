package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Smalltalk lexer ({@code lexers/smalltalk.rb}) as a rule table. */
final class SmalltalkLexer {
  private SmalltalkLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("smalltalk", "st", "squeak");
    b.state(
        "root",
        s ->
            s.rule(
              "(<)(\\w+:)(.*?)(>)",
              (lx, m) -> {
                lx.groups(PUNCTUATION, KEYWORD, TEXT, PUNCTUATION);
              })
                .mixin("whitespaces")
                .mixin("method_definition")
                .rule(
              "([|])([\\w\\s]*)([|])",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_VARIABLE, PUNCTUATION);
              })
                .mixin("objects")
                .rule("\\^|:=|_", OPERATOR)
                .rule("[)}\\]]", PUNCTUATION, "after_object")
                .rule("[({\\[!]", PUNCTUATION));
    b.state(
        "method_definition",
        s ->
            s.rule(
              "(?i)([a-z]\\w*:)(\\s*)(\\w+)",
              (lx, m) -> {
                lx.groups(NAME_FUNCTION, TEXT, NAME_VARIABLE);
              })
                .rule(
              "(?i)^(\\s*)(\\b[a-z]\\w*\\b)(\\s*)$",
              (lx, m) -> {
                lx.groups(TEXT, NAME_FUNCTION, TEXT);
              })
                .rule(
              "^(\\s*)((?-si:[-+*\\/\\\\~<>=|&!?,@%])+)(\\s*)(\\w+)(\\s*)$",
              (lx, m) -> {
                lx.groups(TEXT, NAME_FUNCTION, TEXT, NAME_VARIABLE, TEXT);
              }));
    b.state(
        "block_variables",
        s ->
            s.mixin("whitespaces")
                .rule(
              "(:)(\\s*)(\\w+)",
              (lx, m) -> {
                lx.groups(OPERATOR, TEXT, NAME_VARIABLE);
              })
                .rule("[|]", PUNCTUATION, POP)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "literals",
        s ->
            s.rule("(?s)'(''|.)*?'", STRING, "after_object")
                .rule("[$].", STRING_CHAR, "after_object")
                .rule("#[(]", STRING_SYMBOL, "parenth")
                .rule("(\\d+r)?-?\\d+(\\.\\d+)?(e-?\\d+)?", NUMBER, "after_object")
                .rule("#(\"[^\"]*\"|(?-si:[-+*\\/\\\\~<>=|&!?,@%])+|[\\w:]+)", STRING_SYMBOL, "after_object"));
    b.state(
        "parenth",
        s ->
            s.rule(
              "[)]",
              (lx, m) -> {
                lx.token(STRING_SYMBOL);
                lx.gotoState("after_object");
              })
                .mixin("inner_parenth"));
    b.state(
        "inner_parenth",
        s ->
            s.rule("#[(]", STRING_SYMBOL, "inner_parenth")
                .rule("[)]", STRING_SYMBOL, POP)
                .mixin("whitespaces")
                .mixin("literals")
                .rule("((?-si:[-+*\\/\\\\~<>=|&!?,@%])|[\\w:])+", STRING_SYMBOL));
    b.state(
        "whitespaces",
        s ->
            s.rule("! !$", KEYWORD)
                .rule("(?s)\\s+", TEXT)
                .rule("(?s)\".*?\"", COMMENT));
    b.state(
        "objects",
        s ->
            s.rule("\\[", PUNCTUATION, "block_variables")
                .rule("(self|super|true|false|nil|thisContext)\\b", NAME_BUILTIN_PSEUDO, "after_object")
                .rule("[A-Z]\\w*(?!:)\\b", NAME_CLASS, "after_object")
                .rule("[a-z]\\w*(?!:)\\b", NAME_VARIABLE, "after_object")
                .mixin("literals"));
    b.state(
        "after_object",
        s ->
            s.mixin("whitespaces")
                .rule("(ifTrue|ifFalse|whileTrue|whileFalse|timesRepeat):", NAME_BUILTIN, POP)
                .rule("new(?!:)\\b", NAME_BUILTIN)
                .rule(":=|_", OPERATOR, POP)
                .rule("(?i)[a-z]+\\w*:", NAME_FUNCTION, POP)
                .rule("(?i)[a-z]+\\w*", NAME_FUNCTION)
                .rule("(?-si:[-+*\\/\\\\~<>=|&!?,@%])+", NAME_FUNCTION, POP)
                .rule("[.]", PUNCTUATION, POP)
                .rule(";", PUNCTUATION)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    return b.build();
  }
}

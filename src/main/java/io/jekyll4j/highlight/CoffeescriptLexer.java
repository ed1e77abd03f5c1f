package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's CoffeeScript lexer ({@code coffeescript}) as a rule table, state for state. */
final class CoffeescriptLexer {
  private CoffeescriptLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "Array Boolean Date Error Function Math netscape Number Object Packages RegExp"
              + " String sun decodeURI decodeURIComponent encodeURI encodeURIComponent eval"
              + " isFinite isNaN parseFloat parseInt document window");
  private static final Set<String> CONSTANTS =
      Words.set(
          "true false yes no on off null NaN Infinity undefined");
  private static final Set<String> KEYWORDS =
      Words.set(
          "for by while until loop break continue return switch when then if else do yield"
              + " throw try catch finally await new delete typeof instanceof super extends this"
              + " class import export debugger");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("coffeescript", "coffee", "coffee-script");
    b.state(
        "comments",
        s ->
            s.rule("(?s)###[^#].*?###", COMMENT_MULTILINE)
                .rule("#.*$", COMMENT_SINGLE));
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT));
    b.state(
        "regex_comment",
        s ->
            s.rule("^#(?!\\{).*$", COMMENT_SINGLE)
                .groups("(\\s+)(#(?!\\{).*)$", TEXT, COMMENT_SINGLE));
    b.state(
        "multiline_regex_begin",
        s ->
            s.rule("///", (lx, m) -> {
                  lx.token(STRING_REGEX);
                  lx.gotoState("multiline_regex");
                }));
    b.state(
        "multiline_regex_end",
        s ->
            s.rule("///([gimy]+\\b|\\B)", STRING_REGEX, POP));
    b.state(
        "multiline_regex",
        s ->
            s.mixin("multiline_regex_end")
                .mixin("regex_comment")
                .mixin("has_interpolation")
                .mixin("comments")
                .mixin("whitespace")
                .mixin("code_escape")
                .rule("\\\\\\D", STRING_ESCAPE)
                .rule("\\\\\\d+", NAME_VARIABLE)
                .rule("(?s).", STRING_REGEX));
    b.state(
        "slash_starts_regex",
        s ->
            s.mixin("comments")
                .mixin("whitespace")
                .mixin("multiline_regex_begin")
                .rule("/(\\\\.|[^\\[/\\\\\\n]|\\[(\\\\.|[^\\]\\\\\\n])*\\])+/([gimy]+\\b|\\B)", STRING_REGEX, POP)
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "root",
        s ->
            s.rule("^(?=\\s|/|<!--)", (lx, m) -> {
                  lx.push("slash_starts_regex");
                })
                .mixin("comments")
                .mixin("whitespace")
                .rule("[+][+]|--|~|&&|\\band\\b|\\bor\\b|\\bis\\b|\\bisnt\\b|\\bnot\\b|\\bin\\b|\\bof\\b|[?]|:|=|[|][|]|\\\\(?=\\n)|(<<|>>>?|==?|!=?|[-<>+*`%&|^/])=?", OPERATOR, "slash_starts_regex")
                .rule("[-=]>", NAME_FUNCTION)
                .rule("(@)([ \\t]*)((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))", (lx, m) -> {
                  lx.groups(NAME_VARIABLE_INSTANCE, TEXT, NAME_ATTRIBUTE);
                  lx.push("slash_starts_regex");
                })
                .rule("([.])([ \\t]*)((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))", (lx, m) -> {
                  lx.groups(PUNCTUATION, TEXT, NAME_ATTRIBUTE);
                  lx.push("slash_starts_regex");
                })
                .rule("(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)(?=\\s*:)", NAME_ATTRIBUTE, "slash_starts_regex")
                .rule("(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)", (lx, m) -> {
                  if (KEYWORDS.contains(m.group())) {
                  lx.token(KEYWORD);
                  } else if (CONSTANTS.contains(m.group())) {
                  lx.token(NAME_CONSTANT);
                  } else if (BUILTINS.contains(m.group())) {
                  lx.token(NAME_BUILTIN);
                  } else {
                  lx.token(NAME_OTHER);
                  }
                  lx.push("slash_starts_regex");
                })
                .rule("[{(\\[;,]", PUNCTUATION, "slash_starts_regex")
                .rule("[})\\].]", PUNCTUATION)
                .rule("\\d+[.]\\d+([eE]\\d+)?[fd]?", NUMBER_FLOAT)
                .rule("0x[0-9a-fA-F]+", NUMBER_HEX)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("\"\"\"", STRING, "tdqs")
                .rule("'''", STRING, "tsqs")
                .rule("\"", STRING, "dqs")
                .rule("'", STRING, "sqs"));
    b.state(
        "code_escape",
        s ->
            s.rule("\\\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\\{[0-9a-fA-F]{4}\\})", STRING_ESCAPE));
    b.state(
        "strings",
        s ->
            s.rule("(?s)[^#\\\\'\"]+", STRING)
                .mixin("code_escape")
                .rule("\\\\.", STRING_ESCAPE)
                .rule("#", STRING));
    b.state(
        "double_strings",
        s ->
            s.rule("'", STRING)
                .mixin("has_interpolation")
                .mixin("strings"));
    b.state(
        "single_strings",
        s ->
            s.rule("\"", STRING)
                .mixin("strings"));
    b.state(
        "interpolation",
        s ->
            s.rule("}", STRING_INTERPOL, POP)
                .mixin("root"));
    b.state(
        "has_interpolation",
        s ->
            s.rule("[#][{]", STRING_INTERPOL, "interpolation"));
    b.state(
        "dqs",
        s ->
            s.rule("\"", STRING, POP)
                .mixin("double_strings"));
    b.state(
        "tdqs",
        s ->
            s.rule("\"\"\"", STRING, POP)
                .rule("\"", STRING)
                .mixin("double_strings"));
    b.state(
        "sqs",
        s ->
            s.rule("'", STRING, POP)
                .mixin("single_strings"));
    b.state(
        "tsqs",
        s ->
            s.rule("'''", STRING, POP)
                .rule("'", STRING)
                .mixin("single_strings"));
    return b.build();
  }
}

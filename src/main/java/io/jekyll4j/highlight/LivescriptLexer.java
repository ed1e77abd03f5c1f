package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's LiveScript lexer ({@code lexers/livescript.rb}) as a rule table. */
final class LivescriptLexer {
  private LivescriptLexer() {}

  private static final java.util.regex.Pattern UPPER_START = RubyPattern.compile("^[A-Z]");
  private static final java.util.regex.Pattern CLASS_LIKE = RubyPattern.compile("[^-][a-z]");

  private static final java.util.Set<String> LOOP_CONTROL =
      Words.set("break continue");
  private static final java.util.Set<String> KEYWORDS =
      Words.set("break by case catch continue debugger default delete"
          + " " + "do else export fallthrough finally for from if"
          + " " + "import in instanceof loop new of otherwise require"
          + " " + "return super switch then throw til to try"
          + " " + "typeof unless until when while with yield");
  private static final java.util.Set<String> CONSTANTS =
      Words.set("Infinity NaN false no null off on true"
          + " " + "undefined void yes");
  private static final java.util.Set<String> BUILTINS =
      Words.set("Array ArrayBuffer Boolean DataView Date Error Error Float32Array"
          + " " + "Float64Array Function Int16Array Int32Array Int8Array Map Math Number"
          + " " + "Object Packages Promise Proxy Reflect RegExp Set String"
          + " " + "Symbol Uint16Array Uint16ClampedArray Uint32Array Uint32ClampedArray Uint8Array Uint8ClampedArray WeakMap"
          + " " + "WeakSet arguments decodeURI decodeURIComponent document encodeURI encodeURIComponent eval"
          + " " + "global isFinite isNaN it navigator netscape parseFloat parseInt"
          + " " + "self sun that this window");
  private static final java.util.Set<String> DECLARATIONS =
      Words.set("class const extends function implements let var");

  private static final Set<String> WORDS0 =
      Words.set(
          "break continue");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("livescript", "ls");
    b.state(
        "root",
        s ->
            s.rule(
              "^(?=\\s|/)",
              (lx, m) -> {
                lx.push("slash_starts_regex");
              })
                .mixin("comments")
                .mixin("whitespace")
                .rule(
              "(?s)(<\\[)(.*?)(\\]>)",
              (lx, m) -> {
                lx.groups(PUNCTUATION, STRING, PUNCTUATION);
              })
                .rule("!\\s*function\\b", KEYWORD_DECLARATION)
                .rule("!?[-~]>|<[-~]!?", KEYWORD_DECLARATION)
                .rule("(=>)", KEYWORD)
                .rule(
              "(::)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_ATTRIBUTE);
                lx.push("id");
              })
                .rule(
              "(::)((?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*))",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NUMBER_INTEGER);
                lx.push("id");
              })
                .rule(
              "(@)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))",
              (lx, m) -> {
                lx.groups(NAME_VARIABLE_INSTANCE, NAME_ATTRIBUTE);
                lx.push("id");
              })
                .rule(
              "([.])((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_ATTRIBUTE);
                lx.push("id");
              })
                .rule(
              "([.])(\\d+)",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NUMBER_INTEGER);
                lx.push("id");
              })
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)(?=\\s*:[^:=])", NAME_ATTRIBUTE)
                .rule("[+][+]|--|&&|\\b(and|x?or|is(nt)?|not)\\b(?!-[a-zA-Z]|_)|[|][|]|[.]([|&^]|<<|>>>?)[.]|\\\\(?=\\n)|[.:]=|<<<<?|<[|]|[|]>|(<<|>>|==?|!=?|[-<>+*%^/~?])=?", OPERATOR, "slash_starts_regex")
                .rule(
              "(&)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))?",
              (lx, m) -> {
                lx.groups(NAME_BUILTIN, NAME_ATTRIBUTE);
              })
                .rule("[|]|\\bcase(?=\\s)", KEYWORD, "switch_underscore")
                .rule("@", NAME_VARIABLE_INSTANCE)
                .rule("[.]{3}", PUNCTUATION)
                .rule(":", PUNCTUATION)
                .rule(
              "(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)",
              (lx, m) -> {
                String w = lx.group(0);
                if (LOOP_CONTROL.contains(w)) {
                  lx.token(KEYWORD);
                  lx.push("loop_control");
                  return;
                } else if (KEYWORDS.contains(w)) {
                  lx.token(KEYWORD);
                } else if (CONSTANTS.contains(w)) {
                  lx.token(NAME_CONSTANT);
                } else if (BUILTINS.contains(w)) {
                  lx.token(NAME_BUILTIN);
                } else if (DECLARATIONS.contains(w)) {
                  lx.token(KEYWORD_DECLARATION);
                } else if (UPPER_START.matcher(w).find() && CLASS_LIKE.matcher(w).find()) {
                  lx.token(NAME_CLASS);
                } else {
                  lx.token(NAME_VARIABLE);
                }
                lx.push("id");
              })
                .rule("\\](?=[!?.]|(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))", PUNCTUATION, "id")
                .rule("[{(\\[;,]", PUNCTUATION, "slash_starts_regex")
                .rule("[})\\].]", PUNCTUATION)
                .rule("(?-si:\\d[\\d_]*)[.](?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*)", NUMBER_FLOAT)
                .rule("0x[0-9A-Fa-f]+", NUMBER_HEX)
                .rule("(?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*)", NUMBER_INTEGER)
                .rule(
              "\"\"\"",
              (lx, m) -> {
                lx.token(STRING);
                lx.push(
                    "livescript:anon144",
                    sb ->
                        sb
                            .rule("\"\"\"", STRING, POP)
                            .rule("\"", STRING)
                            .mixin("double_strings"));
              })
                .rule(
              "'''",
              (lx, m) -> {
                lx.token(STRING);
                lx.push(
                    "livescript:anon153",
                    sb ->
                        sb
                            .rule("'''", STRING, POP)
                            .rule("'", STRING)
                            .mixin("single_strings"));
              })
                .rule(
              "\"",
              (lx, m) -> {
                lx.token(STRING);
                lx.push(
                    "livescript:anon162",
                    sb ->
                        sb
                            .rule("\"", STRING, POP)
                            .mixin("double_strings"));
              })
                .rule(
              "'",
              (lx, m) -> {
                lx.token(STRING);
                lx.push(
                    "livescript:anon170",
                    sb ->
                        sb
                            .rule("'", STRING, POP)
                            .mixin("single_strings"));
              })
                .rule("\\\\\\S[^\\s,;\\])}]*", STRING));
    b.state(
        "code_escape",
        s ->
            s.rule("\\\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\\{[0-9a-fA-F]{4}\\})", STRING_ESCAPE));
    b.state(
        "interpolated_expression",
        s ->
            s.rule("}", STRING_INTERPOL, POP)
                .mixin("root"));
    b.state(
        "interpolation",
        s ->
            s.rule("[#][{]", STRING_INTERPOL, "interpolated_expression")
                .rule(
              "(#)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))",
              (lx, m) -> {
                lx.groups(STRING_INTERPOL, BUILTINS.contains(lx.group(2)) ? NAME_BUILTIN : NAME_VARIABLE);
              }));
    b.state(
        "whitespace",
        s ->
            s.rule(
              "(?s)(\\s+?)(?:^([^\\S\\n]*)(:(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)))?",
              (lx, m) -> {
                lx.groups(TEXT, TEXT, NAME_LABEL);
              }));
    b.state(
        "whitespace_single_line",
        s ->
            s.rule("[^\\S\\n]+", TEXT));
    b.state(
        "slash_starts_regex",
        s ->
            s.mixin("comments")
                .mixin("whitespace")
                .mixin("multiline_regex_begin")
                .rule("/(\\\\.|[^\\[/\\\\\\n]|\\[(\\\\.|[^\\]\\\\\\n])*\\])+/([gimy]+\\b|\\B)", STRING_REGEX, POP)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "multiline_regex_begin",
        s ->
            s.rule(
              "//",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("multiline_regex");
              }));
    b.state(
        "multiline_regex_end",
        s ->
            s.rule("//([gimy]+\\b|\\B)", STRING_REGEX, POP));
    b.state(
        "multiline_regex",
        s ->
            s.mixin("multiline_regex_end")
                .mixin("regex_comment")
                .mixin("interpolation")
                .mixin("code_escape")
                .rule("\\\\\\D", STRING_ESCAPE)
                .rule("\\\\\\d+", NAME_VARIABLE)
                .rule("(?s).", STRING_REGEX));
    b.state(
        "regex_comment",
        s ->
            s.rule("^#(\\s+.*)?$", COMMENT_SINGLE)
                .rule(
              "(\\s+)(#)(\\s+.*)?$",
              (lx, m) -> {
                lx.groups(TEXT, COMMENT_SINGLE, COMMENT_SINGLE);
              }));
    b.state(
        "comments",
        s ->
            s.rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("#.*$", COMMENT_SINGLE));
    b.state(
        "switch_underscore",
        s ->
            s.mixin("whitespace_single_line")
                .rule("_(?=\\s*=>|\\s+then\\b)", KEYWORD)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "loop_control",
        s ->
            s.mixin("whitespace_single_line")
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)(?=[);\\n])", NAME_LABEL)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "id",
        s ->
            s.rule("[!?]|[.](?!=)", PUNCTUATION)
                .rule(
              "[{]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push(
                    "livescript:destructuring",
                    sb ->
                        sb.rule("[,;]", PUNCTUATION)
                            .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)", NAME_ATTRIBUTE)
                            .rule("(?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*)", NUMBER_INTEGER)
                            .mixin("whitespace")
                            .rule("[}]", PUNCTUATION, POP));
              })
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)", NAME_ATTRIBUTE)
                .rule("(?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*)", NUMBER_INTEGER)
                .rule(
              "",
              (lx, m) -> {
                lx.gotoState("slash_starts_regex");
              }));
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
                .mixin("interpolation")
                .mixin("strings"));
    b.state(
        "single_strings",
        s ->
            s.rule("\"", STRING)
                .mixin("strings"));
    return b.build();
  }
}

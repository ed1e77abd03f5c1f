package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;
import java.util.regex.Pattern;

/** Rouge 3.30's LiveScript lexer ({@code livescript}) as a rule table, state for state. */
final class LivescriptLexer {
  private LivescriptLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "Array Boolean Date Error Function Math netscape Number Object Packages RegExp"
              + " String sun decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval"
              + " isFinite isNaN parseFloat parseInt document window navigator self global Promise"
              + " Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array"
              + " Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array"
              + " Uint32Array Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer"
              + " this it that arguments");
  private static final Set<String> CONSTANTS =
      Words.set(
          "true false null NaN Infinity undefined yes no on off void");
  private static final Set<String> DECLARATIONS =
      Words.set(
          "const let var function class extends implements");
  private static final Set<String> KEYWORDS =
      Words.set(
          "loop until for in of while break return continue switch case fallthrough default"
              + " otherwise when then if unless else throw try catch finally new delete typeof"
              + " instanceof super by from to til with require do debugger import export yield");
  private static final Set<String> LOOP_CONTROL_KEYWORDS =
      Words.set(
          "break continue");

  private static final Pattern UPPER_START = Pattern.compile("^[A-Z]", Pattern.MULTILINE);
  private static final Pattern LOWER_AFTER = Pattern.compile("[^-][a-z]");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("livescript", "ls");
    b.state(
        "root",
        s ->
            s.rule("^(?=\\s|/)", (lx, m) -> {
                  lx.push("slash_starts_regex");
                })
                .mixin("comments")
                .mixin("whitespace")
                .groups("(?s)(<\\[)(.*?)(\\]>)", PUNCTUATION, STRING, PUNCTUATION)
                .rule("!\\s*function\\b", KEYWORD_DECLARATION)
                .rule("!?[-~]>|<[-~]!?", KEYWORD_DECLARATION)
                .rule("(=>)", KEYWORD)
                .rule("(::)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))", (lx, m) -> {
                  lx.groups(PUNCTUATION, NAME_ATTRIBUTE);
                  lx.push("id");
                })
                .rule("(::)((?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*))", (lx, m) -> {
                  lx.groups(PUNCTUATION, NUMBER_INTEGER);
                  lx.push("id");
                })
                .rule("(@)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))", (lx, m) -> {
                  lx.groups(NAME_VARIABLE_INSTANCE, NAME_ATTRIBUTE);
                  lx.push("id");
                })
                .rule("([.])((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))", (lx, m) -> {
                  lx.groups(PUNCTUATION, NAME_ATTRIBUTE);
                  lx.push("id");
                })
                .rule("([.])(\\d+)", (lx, m) -> {
                  lx.groups(PUNCTUATION, NUMBER_INTEGER);
                  lx.push("id");
                })
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)(?=\\s*:[^:=])", NAME_ATTRIBUTE)
                .rule("[+][+]|--|&&|\\b(and|x?or|is(nt)?|not)\\b(?!-[a-zA-Z]|_)|[|][|]|[.]([|&^]|<<|>>>?)[.]|\\\\(?=\\n)|[.:]=|<<<<?|<[|]|[|]>|(<<|>>|==?|!=?|[-<>+*%^/~?])=?", OPERATOR, "slash_starts_regex")
                .groups("(&)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))?", NAME_BUILTIN, NAME_ATTRIBUTE)
                .rule("[|]|\\bcase(?=\\s)", KEYWORD, "switch_underscore")
                .rule("@", NAME_VARIABLE_INSTANCE)
                .rule("[.]{3}", PUNCTUATION)
                .rule(":", PUNCTUATION)
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)", (lx, m) -> {
                  String w = m.group();
                  if (LOOP_CONTROL_KEYWORDS.contains(w)) {
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
                  } else if (UPPER_START.matcher(w).find() && LOWER_AFTER.matcher(w).find()) {
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
                .rule("\"\"\"", (lx, m) -> {
                  lx.token(STRING);
                  lx.push("anonymous_tdq");
                })
                .rule("'''", (lx, m) -> {
                  lx.token(STRING);
                  lx.push("anonymous_tsq");
                })
                .rule("\"", (lx, m) -> {
                  lx.token(STRING);
                  lx.push("anonymous_dq");
                })
                .rule("'", (lx, m) -> {
                  lx.token(STRING);
                  lx.push("anonymous_sq");
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
                .rule("(#)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))", (lx, m) -> {
                  lx.groups(STRING_INTERPOL, BUILTINS.contains(m.group(2)) ? NAME_BUILTIN : NAME_VARIABLE);
                }));
    b.state(
        "whitespace",
        s ->
            s.groups("(?s)(\\s+?)(?:^([^\\S\\n]*)(:(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)))?", TEXT, TEXT, NAME_LABEL));
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
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "multiline_regex_begin",
        s ->
            s.rule("//", (lx, m) -> {
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
                .groups("(\\s+)(#)(\\s+.*)?$", TEXT, COMMENT_SINGLE, COMMENT_SINGLE));
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
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "loop_control",
        s ->
            s.mixin("whitespace_single_line")
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)(?=[);\\n])", NAME_LABEL)
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "id",
        s ->
            s.rule("[!?]|[.](?!=)", PUNCTUATION)
                .rule("[{]", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.push("anonymous_destructuring");
                })
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)", NAME_ATTRIBUTE)
                .rule("(?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*)", NUMBER_INTEGER)
                .rule("", (lx, m) -> {
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
    // Rouge's anonymous states (push do ... end).
    b.state(
        "anonymous_tdq",
        s -> s.rule("\"\"\"", STRING, POP).rule("\"", STRING).mixin("double_strings"));
    b.state(
        "anonymous_tsq",
        s -> s.rule("'''", STRING, POP).rule("'", STRING).mixin("single_strings"));
    b.state("anonymous_dq", s -> s.rule("\"", STRING, POP).mixin("double_strings"));
    b.state("anonymous_sq", s -> s.rule("'", STRING, POP).mixin("single_strings"));
    b.state(
        "anonymous_destructuring",
        s ->
            s.rule("[,;]", PUNCTUATION)
                .rule("(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)", NAME_ATTRIBUTE)
                .rule("(?-si:(?-si:\\d[\\d_]*)(e[+-]?(?-si:\\d[\\d_]*))?[$\\w]*)", NUMBER_INTEGER)
                .mixin("whitespace")
                .rule("[}]", PUNCTUATION, POP));
    return b.build();
  }
}

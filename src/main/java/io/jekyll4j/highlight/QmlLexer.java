package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's QML lexer ({@code lexers/qml.rb}) as a rule table. */
final class QmlLexer {
  private QmlLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "as async await break case catch continue debugger"
              + " " + "default delete do else export finally for from"
              + " " + "if import in instanceof new of return super"
              + " " + "switch this throw try typeof void while yield");

  private static final Set<String> WORDS1 =
      Words.set(
          "class const constructor extends function get let set"
              + " " + "static var with");

  private static final Set<String> WORDS2 =
      Words.set(
          "enum implements interface package private protected public");

  private static final Set<String> WORDS3 =
      Words.set(
          "Infinity NaN false null true undefined");

  private static final Set<String> WORDS4 =
      Words.set(
          "Array ArrayBuffer Boolean DataView Date Error Error Float32Array"
              + " " + "Float64Array Function Int16Array Int32Array Int8Array Map Math Number"
              + " " + "Object Packages Promise Proxy Reflect RegExp Set String"
              + " " + "Symbol Uint16Array Uint16ClampedArray Uint32Array Uint32ClampedArray Uint8Array Uint8ClampedArray WeakMap"
              + " " + "WeakSet decodeURI decodeURIComponent document encodeURI encodeURIComponent eval global"
              + " " + "isFinite isNaN navigator netscape parseFloat parseInt self sun"
              + " " + "window");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("qml", "qml");
    b.state(
        "root",
        s ->
            s.rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s*)({)",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, TEXT, PUNCTUATION);
                lx.push("type_block");
              })
                .rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s+)(on)(\\s+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s*)({)",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, TEXT, KEYWORD, TEXT, NAME_LABEL, TEXT, PUNCTUATION);
                lx.push("type_block");
              })
                .rule("[{]", PUNCTUATION, PUSH)
                .rule("(?s)\\A\\s*#!.*?\\n", COMMENT_PREPROC, "statement")
                .rule("(?<=\\n)(?=\\s|/|<!--)", TEXT, "expr_start")
                .mixin("comments_and_whitespace")
                .rule("\\+\\+|--|~|\\?\\?=?|&&|\\|\\||\\\\(?=\\n)|<<|>>>?|===|!==", OPERATOR, "expr_start")
                .rule("[-<>+*%&|\\^/!=]=?", OPERATOR, "expr_start")
                .rule("[(\\[,]", PUNCTUATION, "expr_start")
                .rule(";", PUNCTUATION, "statement")
                .rule("[)\\].]", PUNCTUATION)
                .rule(
              "`",
              (lx, m) -> {
                lx.token(STRING_DOUBLE);
                lx.push("template_string");
              })
                .rule("[?][.]", PUNCTUATION)
                .rule(
              "[?]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("ternary");
                lx.push("expr_start");
              })
                .rule(
              "(\\@)(\\w+)?",
              (lx, m) -> {
                lx.groups(PUNCTUATION, NAME_DECORATOR);
                lx.push("expr_start");
              })
                .rule("[{}]", PUNCTUATION, "statement")
                .rule(
              "(?i)[\\p{L}\\p{Nl}$_][\\p{Word}]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                  lx.push("expr_start");
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD_DECLARATION);
                    lx.push("expr_start");
                  } else {
                    if (WORDS2.contains(lx.group(0))) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      if (WORDS3.contains(lx.group(0))) {
                        lx.token(KEYWORD_CONSTANT);
                      } else {
                        if (WORDS4.contains(lx.group(0))) {
                          lx.token(NAME_BUILTIN);
                        } else {
                          lx.token(NAME_OTHER);
                        }
                      }
                    }
                  }
                }
              })
                .rule("[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?", NUMBER_FLOAT)
                .rule("(?i)0x[0-9a-fA-F]+", NUMBER_HEX)
                .rule("(?i)0o[0-7][0-7_]*", NUMBER_OCT)
                .rule("(?i)0b[01][01_]*", NUMBER_BIN)
                .rule("[0-9]+", NUMBER_INTEGER)
                .rule("\"", STRING_DELIMITER, "dq")
                .rule("'", STRING_DELIMITER, "sq")
                .rule(":", PUNCTUATION));
    b.state(
        "type_block",
        s ->
            s.rule(
              "(id)(\\s*)(:)(\\s*)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))",
              (lx, m) -> {
                lx.groups(NAME_LABEL, TEXT, PUNCTUATION, TEXT, KEYWORD_DECLARATION);
              })
                .rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME_LABEL, TEXT, PUNCTUATION);
                lx.push("expr_start");
              })
                .rule(
              "(signal)(\\s+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))",
              (lx, m) -> {
                lx.groups(KEYWORD_DECLARATION, TEXT, NAME_LABEL);
                lx.push("signal");
              })
                .rule(
              "(property)(\\s+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s*)(:?)",
              (lx, m) -> {
                lx.groups(KEYWORD_DECLARATION, TEXT, KEYWORD_TYPE, TEXT, NAME_LABEL, TEXT, PUNCTUATION);
                lx.push("expr_start");
              })
                .rule("[}]", PUNCTUATION, POP)
                .mixin("root"));
    b.state(
        "signal",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(
              "\\(",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("signal_args");
              })
                .rule("", TEXT, POP));
    b.state(
        "signal_args",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(
              "((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s*)(,?)",
              (lx, m) -> {
                lx.groups(KEYWORD_TYPE, TEXT, NAME, TEXT, PUNCTUATION);
              })
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "multiline_comment",
        s ->
            s.rule("[*]/", COMMENT_MULTILINE, POP)
                .rule("[^*/]+", COMMENT_MULTILINE)
                .rule("[*/]", COMMENT_MULTILINE));
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("<!--", COMMENT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("/[*]", COMMENT_MULTILINE, "multiline_comment"));
    b.state(
        "expr_start",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(
              "/",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("regex");
              })
                .rule(
              "[{]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("object");
              })
                .rule("", TEXT, POP));
    b.state(
        "regex",
        s ->
            s.rule(
              "/",
              (lx, m) -> {
                lx.token(STRING_REGEX);
                lx.gotoState("regex_end");
              })
                .rule("[^/]\\n", ERROR, POP)
                .rule("\\n", ERROR, POP)
                .rule("\\[\\^", STRING_ESCAPE, "regex_group")
                .rule("\\[", STRING_ESCAPE, "regex_group")
                .rule("\\\\.", STRING_ESCAPE)
                .rule("[(][?][:=<!]", STRING_ESCAPE)
                .rule("[{][\\d,]+[}]", STRING_ESCAPE)
                .rule("[()?]", STRING_ESCAPE)
                .rule(".", STRING_REGEX));
    b.state(
        "regex_end",
        s ->
            s.rule("[gimuy]+", STRING_REGEX, POP)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "regex_group",
        s ->
            s.rule("/", STRING_ESCAPE)
                .rule(
              "[^/]\\n",
              (lx, m) -> {
                lx.token(ERROR);
                lx.pop(2);
              })
                .rule("\\]", STRING_ESCAPE, POP)
                .rule("\\\\.", STRING_ESCAPE)
                .rule(".", STRING_REGEX));
    b.state(
        "bad_regex",
        s ->
            s.rule("[^\\n]+", ERROR, POP));
    b.state(
        "dq",
        s ->
            s.rule("\\\\[\\\\nrt\"]?", STRING_ESCAPE)
                .rule("[^\\\\\"]+", STRING_DOUBLE)
                .rule("\"", STRING_DELIMITER, POP));
    b.state(
        "sq",
        s ->
            s.rule("\\\\[\\\\nrt']?", STRING_ESCAPE)
                .rule("[^\\\\']+", STRING_SINGLE)
                .rule("'", STRING_DELIMITER, POP));
    b.state(
        "statement",
        s ->
            s.rule(
              "case\\b",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.gotoState("expr_start");
              })
                .rule(
              "((?i-s:[\\p{L}\\p{Nl}$_][\\p{Word}]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME_LABEL, TEXT, PUNCTUATION);
              })
                .mixin("expr_start"));
    b.state(
        "object",
        s ->
            s.mixin("comments_and_whitespace")
                .rule(
              "[{]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push();
              })
                .rule(
              "[}]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("statement");
              })
                .rule(
              "((?i-s:[\\p{L}\\p{Nl}$_][\\p{Word}]*))(\\s*)(:)",
              (lx, m) -> {
                lx.groups(NAME_ATTRIBUTE, TEXT, PUNCTUATION);
                lx.push("expr_start");
              })
                .rule(":", PUNCTUATION)
                .mixin("root"));
    b.state(
        "ternary",
        s ->
            s.rule(
              ":",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("expr_start");
              })
                .mixin("root"));
    b.state(
        "template_string",
        s ->
            s.rule("[$]{", PUNCTUATION, "template_string_expr")
                .rule("`", STRING_DOUBLE, POP)
                .rule("\\\\[$`]", STRING_ESCAPE)
                .rule("[^$`\\\\]+", STRING_DOUBLE)
                .rule("[\\\\$]", STRING_DOUBLE));
    b.state(
        "template_string_expr",
        s ->
            s.rule("}", PUNCTUATION, POP)
                .mixin("root"));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/**
 * Rouge 3.30's JavaScript lexer as a rule table (regex literals, template strings, object
 * keys, labels), and TypeScript, which is the same table with more words and two extra rules.
 */
final class JavascriptLexer {
  private JavascriptLexer() {}

  static final String ID = "[\\p{L}\\p{Nl}$_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}]*";

  private static final String KEYWORDS =
      "as async await break case catch continue debugger default delete do else export finally"
          + " from for if import in instanceof new of return super switch this throw try typeof"
          + " void while yield";
  private static final String DECLARATIONS =
      "var let const with function class extends constructor get set static";
  private static final String RESERVED =
      "enum implements interface package private protected public";
  private static final String CONSTANTS = "true false null NaN Infinity undefined";
  private static final String BUILTINS =
      "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun"
          + " decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN"
          + " parseFloat parseInt document window navigator self global Promise Set Map WeakSet"
          + " WeakMap Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array"
          + " Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray"
          + " Float32Array Float64Array DataView ArrayBuffer";

  private record WordSets(
      Set<String> keywords,
      Set<String> declarations,
      Set<String> reserved,
      Set<String> constants,
      Set<String> builtins) {}

  static RegexLexer javascript() {
    return create(
        RegexLexer.builder("javascript", "js"),
        new WordSets(
            Words.set(KEYWORDS),
            Words.set(DECLARATIONS),
            Words.set(RESERVED),
            Words.set(CONSTANTS),
            Words.set(BUILTINS)),
        false);
  }

  static RegexLexer typescript() {
    return create(RegexLexer.builder("typescript", "ts"), typescriptWords(), true);
  }

  /**
   * Rouge's TSX lexer: JSX with TypeScript's words and rules, and a type-parameter list ends an
   * element name ({@code <T,>}).
   */
  static RegexLexer tsx(Lexer html) {
    RegexLexer.Builder b = RegexLexer.builder("tsx");
    b.start(lx -> lx.push("expr_start"));
    b.state("expr_start", s -> s.mixin("tag"));
    JsxRules.add(b, html);
    b.prepend(
        "element_name",
        s ->
            s.rule(
                "(\\w+)(,)",
                (lx, m) -> {
                  lx.groups(NAME_OTHER, PUNCTUATION);
                  lx.pop(3);
                }));
    return create(b, typescriptWords(), true);
  }

  private static WordSets typescriptWords() {
    return new WordSets(
        Words.union(
            KEYWORDS, "is namespace static private protected public implements readonly"),
        Words.union(DECLARATIONS, "type abstract"),
        Words.union(
            RESERVED,
            "string any void number namespace module declare default interface keyof"),
        Words.set(CONSTANTS),
        Words.union(BUILTINS, "Pick Partial Readonly Record"));
  }

  static RegexLexer jsx(Lexer html) {
    RegexLexer.Builder b = RegexLexer.builder("jsx", "jsx", "react");
    b.start(lx -> lx.push("expr_start"));
    b.state("expr_start", s -> s.mixin("tag"));
    JsxRules.add(b, html);
    return create(
        b,
        new WordSets(
            Words.set(KEYWORDS),
            Words.set(DECLARATIONS),
            Words.set(RESERVED),
            Words.set(CONSTANTS),
            Words.set(BUILTINS)),
        false);
  }

  private static RegexLexer create(RegexLexer.Builder b, WordSets w, boolean typescript) {
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
                .rule("/", (lx, m) -> go(lx, STRING_REGEX, "regex"))
                .rule("[{]", (lx, m) -> go(lx, PUNCTUATION, "object"))
                .rule("", TEXT, POP));
    b.state(
        "regex",
        s ->
            s.rule("/", (lx, m) -> go(lx, STRING_REGEX, "regex_end"))
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
        s -> s.rule("[gimuy]+", STRING_REGEX, POP).rule("", (lx, m) -> lx.pop()));
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
        "root",
        s -> {
          if (typescript) {
            s.rule("[?][.]", PUNCTUATION).rule("[?]{2}", OPERATOR);
          }
          s.rule("(?s)\\A\\s*#!.*?\\n", COMMENT_PREPROC, "statement")
              .rule("(?<=\\n)(?=\\s|/|<!--)", TEXT, "expr_start")
              .mixin("comments_and_whitespace")
              .rule(
                  "\\+\\+|--|~|\\?\\?=?|&&|\\|\\||\\\\(?=\\n)|<<|>>>?|===|!==",
                  OPERATOR,
                  "expr_start")
              .rule("[-<>+*%&|\\^/!=]=?", OPERATOR, "expr_start")
              .rule("[(\\[,]", PUNCTUATION, "expr_start")
              .rule(";", PUNCTUATION, "statement")
              .rule("[)\\].]", PUNCTUATION)
              .rule("`", STRING_DOUBLE, "template_string")
              .rule("[?][.]", PUNCTUATION)
              .rule(
                  "[?]",
                  (lx, m) -> {
                    lx.token(PUNCTUATION);
                    lx.push("ternary");
                    lx.push("expr_start");
                  })
              .groupsThen("(\\@)(\\w+)?", "expr_start", PUNCTUATION, NAME_DECORATOR)
              .rule("[{}]", PUNCTUATION, "statement")
              .rule(ID, (lx, m) -> word(lx, w, m.group()))
              .rule("[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?", NUMBER_FLOAT)
              .rule("(?i)0x[0-9a-fA-F]+", NUMBER_HEX)
              .rule("(?i)0o[0-7][0-7_]*", NUMBER_OCT)
              .rule("(?i)0b[01][01_]*", NUMBER_BIN)
              .rule("[0-9]+", NUMBER_INTEGER)
              .rule("\"", STRING_DELIMITER, "dq")
              .rule("'", STRING_DELIMITER, "sq")
              .rule(":", PUNCTUATION);
        });
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
        s -> {
          if (typescript) {
            s.groupsThen(
                "(" + ID + ")(\\??)(\\s*)(:)",
                "expr_start",
                NAME_LABEL,
                PUNCTUATION,
                TEXT,
                PUNCTUATION);
          }
          s.rule("case\\b", (lx, m) -> go(lx, KEYWORD, "expr_start"))
              .groups("(" + ID + ")(\\s*)(:)", NAME_LABEL, TEXT, PUNCTUATION)
              .mixin("expr_start");
        });
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
                .rule("[}]", (lx, m) -> go(lx, PUNCTUATION, "statement"))
                .groupsThen(
                    "(" + ID + ")(\\s*)(:)", "expr_start", NAME_ATTRIBUTE, TEXT, PUNCTUATION)
                .rule(":", PUNCTUATION)
                .mixin("root"));
    b.state(
        "ternary",
        s -> s.rule(":", (lx, m) -> go(lx, PUNCTUATION, "expr_start")).mixin("root"));
    b.state(
        "template_string",
        s ->
            s.rule("[$]\\{", PUNCTUATION, "template_string_expr")
                .rule("`", STRING_DOUBLE, POP)
                .rule("\\\\[$`]", STRING_ESCAPE)
                .rule("[^$`\\\\]+", STRING_DOUBLE)
                .rule("[\\\\$]", STRING_DOUBLE));
    b.state(
        "template_string_expr", s -> s.rule("\\}", PUNCTUATION, POP).mixin("root"));
    return b.build();
  }

  private static void go(RegexLexing lx, Token token, String state) {
    lx.token(token);
    lx.gotoState(state);
  }

  private static void word(RegexLexing lx, WordSets w, String word) {
    if (w.keywords().contains(word)) {
      lx.token(KEYWORD);
      lx.push("expr_start");
    } else if (w.declarations().contains(word)) {
      lx.token(KEYWORD_DECLARATION);
      lx.push("expr_start");
    } else if (w.reserved().contains(word)) {
      lx.token(KEYWORD_RESERVED);
    } else if (w.constants().contains(word)) {
      lx.token(KEYWORD_CONSTANT);
    } else if (w.builtins().contains(word)) {
      lx.token(NAME_BUILTIN);
    } else {
      lx.token(NAME_OTHER);
    }
  }
}

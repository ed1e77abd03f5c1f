package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's CFScript lexer ({@code cfscript}) as a rule table, state for state. */
final class CfscriptLexer {
  private CfscriptLexer() {}

  private static final Set<String> DECLARATIONS =
      Words.set(
          "component property function remote public package private");
  private static final Set<String> KEYWORDS =
      Words.set(
          "if else var xml default break switch do try catch throw in continue for return"
              + " while required");
  private static final Set<String> TYPES =
      Words.set(
          "any array binary boolean component date guid numeric query string struct uuid"
              + " void xml");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("cfscript", "cfc");
    b.state(
        "root",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("(?i)(?:\\+\\+|--|&&|\\|\\||<=|>=|<|>|==|!=|mod|eq|lt|gt|lte|gte|not|is|and|or|xor|eqv|imp|equal|contains|\\?|does not contain|greater than(?: or equal to)?|less than(?: or equal to)?)\\b", OPERATOR, "expr_start")
                .rule("[-<>+*%&|\\^/!=]=?", OPERATOR, "expr_start")
                .rule("[(\\[,]", PUNCTUATION, "expr_start")
                .rule(";", PUNCTUATION, "statement")
                .rule("[)\\].]", PUNCTUATION)
                .rule("[?]", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.push("ternary");
                  lx.push("expr_start");
                })
                .rule("[{}]", PUNCTUATION, "statement")
                .rule("(?:application|session|client|cookie|super|this|variables|arguments|cgi)\\b", NAME_CONSTANT)
                .rule("(?:true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("import\\b", KEYWORD_NAMESPACE, "import")
                .rule("((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s*)(:)(\\s*)", (lx, m) -> {
                  lx.groups(NAME, TEXT, PUNCTUATION, TEXT);
                  lx.push("expr_start");
                })
                .rule("([A-Za-z_$][\\w.]*)(\\s*)(\\()", (lx, m) -> {
                  lx.token(KEYWORDS.contains(m.group(1)) ? KEYWORD : NAME_FUNCTION, m.group(1));
                  lx.token(TEXT, m.group(2));
                  lx.token(PUNCTUATION, m.group(3));
                })
                .rule("[$a-zA-Z_][a-zA-Z0-9_.]*", (lx, m) -> {
                  if (DECLARATIONS.contains(m.group())) {
                  lx.token(KEYWORD_DECLARATION);
                  lx.push("expr_start");
                  } else if (KEYWORDS.contains(m.group())) {
                  lx.token(KEYWORD);
                  lx.push("expr_start");
                  } else if (TYPES.contains(m.group())) {
                  lx.token(KEYWORD_TYPE);
                  lx.push("expr_start");
                  } else {
                  lx.token(NAME_OTHER);
                  }
                })
                .rule("[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?", NUMBER_FLOAT)
                .rule("0x[0-9a-fA-F]+", NUMBER_HEX)
                .rule("[0-9]+", NUMBER_INTEGER)
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING_DOUBLE)
                .rule("'(\\\\\\\\|\\\\'|[^'])*'", STRING_SINGLE));
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE));
    b.state(
        "expr_start",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("[{]", PUNCTUATION, "object")
                .rule("", TEXT, POP));
    b.state(
        "statement",
        s ->
            s.rule("[{}]", PUNCTUATION)
                .mixin("expr_start"));
    b.state(
        "object",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("[}]", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.push("expr_start");
                })
                .rule("((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))(\\s*)(:)", (lx, m) -> {
                  lx.groups(NAME_OTHER, TEXT, PUNCTUATION);
                  lx.push("expr_start");
                })
                .rule(":", PUNCTUATION)
                .mixin("root"));
    b.state(
        "ternary",
        s ->
            s.rule(":", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.gotoState("expr_start");
                })
                .mixin("root"));
    b.state(
        "import",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("(?i)[a-z0-9_.]+\\*?", NAME_NAMESPACE, POP));
    return b.build();
  }
}

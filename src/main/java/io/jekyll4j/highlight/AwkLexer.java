package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Awk lexer ({@code awk}) as a rule table, state for state. */
final class AwkLexer {
  private AwkLexer() {}

  private static final Set<String> BUILTINS =
      Words.set(
          "exp log sqrt sin cos atan2 length rand srand int substr index match split sub"
              + " gsub sprintf system tolower toupper");
  private static final Set<String> CONSTANTS =
      Words.set(
          "CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON");
  private static final Set<String> DECLARATIONS =
      Words.set(
          "function");
  private static final Set<String> KEYWORDS =
      Words.set(
          "if else while for do break continue return next nextfile delete exit print printf"
              + " getline");
  private static final Set<String> RESERVED =
      Words.set(
          "BEGIN END");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("awk");
    b.state(
        "comments_and_whitespace",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*?$", COMMENT_SINGLE));
    b.state(
        "expr_start",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("/", (lx, m) -> {
                  lx.token(STRING_REGEX);
                  lx.gotoState("regex");
                })
                .rule("", TEXT, POP));
    b.state(
        "regex",
        s ->
            s.rule("/", (lx, m) -> {
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
            s.rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "regex_group",
        s ->
            s.rule("/", STRING_ESCAPE)
                .rule("[^/]\\n", (lx, m) -> {
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
        "root",
        s ->
            s.mixin("comments_and_whitespace")
                .rule("(?<=\\n)(?=\\s|/)", TEXT, "expr_start")
                .rule("[-<>+*/%\\^!=]=?|in\\b|\\+\\+|--|\\|", OPERATOR, "expr_start")
                .rule("&&|\\|\\||~!?", OPERATOR, "expr_start")
                .rule("[(\\[,]", PUNCTUATION, "expr_start")
                .rule(";", PUNCTUATION, "statement")
                .rule("[)\\].]", PUNCTUATION)
                .rule("[?]", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.push("ternary");
                  lx.push("expr_start");
                })
                .rule("[{}]", PUNCTUATION, "statement")
                .rule("[$a-zA-Z_][a-zA-Z0-9_]*", (lx, m) -> {
                  String w = m.group();
                  if (KEYWORDS.contains(w)) {
                    lx.token(KEYWORD);
                    lx.push("expr_start");
                  } else if (DECLARATIONS.contains(w)) {
                    lx.token(KEYWORD_DECLARATION);
                    lx.push("expr_start");
                  } else if (RESERVED.contains(w)) {
                    lx.token(KEYWORD_RESERVED);
                  } else if (CONSTANTS.contains(w)) {
                    lx.token(KEYWORD_CONSTANT);
                  } else if (BUILTINS.contains(w)) {
                    lx.token(NAME_BUILTIN);
                  } else if (w.startsWith("$")) {
                    lx.token(NAME_VARIABLE);
                  } else {
                    lx.token(NAME_OTHER);
                  }
                })
                .rule("[0-9]+\\.[0-9]+", NUMBER_FLOAT)
                .rule("[0-9]+", NUMBER_INTEGER)
                .rule("\"(\\\\[\\\\\"]|[^\"])*\"", STRING_DOUBLE)
                .rule(":", PUNCTUATION));
    b.state(
        "statement",
        s ->
            s.rule("[{}]", PUNCTUATION)
                .mixin("expr_start"));
    b.state(
        "ternary",
        s ->
            s.rule(":", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.gotoState("expr_start");
                })
                .mixin("root"));
    return b.build();
  }
}

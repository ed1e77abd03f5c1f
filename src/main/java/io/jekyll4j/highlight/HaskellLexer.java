package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;
import java.util.regex.Pattern;

/** Rouge 3.30's Haskell lexer as a rule table (imports, nested comments, character escapes). */
final class HaskellLexer {
  private HaskellLexer() {}

  private static final Set<String> RESERVED =
      Words.set(
          "_ case class data default deriving do else if in infix infixl infixr instance let"
              + " newtype of then type where");
  private static final String ASCII =
      "NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM"
          + "|SUB|ESC|[FGRU]S|SP|DEL";
  private static final String SYMBOLS = "[:!#\\$\\%&*+.\\\\/<=>?@^\\|~-]";
  private static final Pattern TYPE = Pattern.compile("\\A'?[A-Z]");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("haskell", "hs");
    b.state(
        "basic",
        s ->
            s.rule("\\s+", TEXT)
                .rule("{-#", COMMENT_PREPROC, "comment_preproc")
                .rule("{-", COMMENT_MULTILINE, "comment")
                .rule("^--\\s+\\|.*?$", COMMENT_DOC)
                .rule("--(?![!#\\$\\%&*+./<=>?@\\^\\|_~]).*?$", COMMENT_SINGLE));
    nested(b, "comment", COMMENT_MULTILINE);
    nested(b, "comment_preproc", COMMENT_PREPROC);
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .rule("'(?=(?:.|\\\\\\S+)')", STRING_CHAR, "character")
                .rule("\"", STRING, "string")
                .rule("(?i)\\d+e[+-]?\\d+", NUMBER_FLOAT)
                .rule("(?i)\\d+\\.\\d+(e[+-]?\\d+)?", NUMBER_FLOAT)
                .rule("(?i)0o[0-7]+", NUMBER_OCT)
                .rule("(?i)0x[\\da-f]+", NUMBER_HEX)
                .rule("\\d+", NUMBER_INTEGER)
                .rule("[\\w']+", HaskellLexer::word)
                .rule("\\\\(?!" + SYMBOLS + "+)", NAME_FUNCTION)
                .rule("(<-|::|->|=>|=)(?!" + SYMBOLS + "+)", OPERATOR)
                .rule(":" + SYMBOLS + "*", OPERATOR)
                .rule(SYMBOLS + "+", OPERATOR)
                .rule("\\[\\s*\\]", KEYWORD_TYPE)
                .rule("\\(\\s*\\)", NAME_BUILTIN)
                .groupsThen(
                    "(\\[)([_a-z][\\w']*)(\\|)", "quasiquotation", OPERATOR, NAME, OPERATOR)
                .rule("[\\[\\](),;`{}]", PUNCTUATION));
    b.state(
        "import",
        s ->
            s.rule("\\s+", TEXT)
                .rule("\"", STRING, "string")
                .rule("\\bqualified\\b", KEYWORD)
                .rule(
                    "([A-Z][\\w.]*)(\\s+)(as)(\\s+)([A-Z][a-zA-Z0-9_.]*)",
                    (lx, m) -> {
                      lx.groups(NAME_NAMESPACE, TEXT, KEYWORD, TEXT, NAME);
                      lx.pop();
                    })
                .rule(
                    "([A-Z][\\w.]*)(\\s+)(hiding)(\\s+)(\\()",
                    (lx, m) -> {
                      lx.groups(NAME_NAMESPACE, TEXT, KEYWORD, TEXT, PUNCTUATION);
                      lx.gotoState("funclist");
                    })
                .rule(
                    "([A-Z][\\w.]*)(\\s+)(\\()",
                    (lx, m) -> {
                      lx.groups(NAME_NAMESPACE, TEXT, PUNCTUATION);
                      lx.gotoState("funclist");
                    })
                .rule("[\\w.]+", NAME_NAMESPACE, POP));
    b.state(
        "module",
        s ->
            s.rule("\\s+", TEXT)
                .groupsThen(
                    "([A-Z][\\w.]*)(\\s+)(\\()", "funclist", NAME_NAMESPACE, TEXT, PUNCTUATION)
                .rule("\\bwhere\\b", KEYWORD_RESERVED, POP)
                .rule("[A-Z][a-zA-Z0-9_.]*", NAME_NAMESPACE, POP));
    b.state(
        "funclist",
        s ->
            s.mixin("basic")
                .rule("[A-Z]\\w*", KEYWORD_TYPE)
                .rule("(_[\\w\\']+|[a-z][\\w\\']*)", NAME_FUNCTION)
                .rule(",", PUNCTUATION)
                .rule(SYMBOLS + "+", OPERATOR)
                .rule("\\(", PUNCTUATION, "funclist")
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "character",
        s ->
            s.rule(
                    "\\\\",
                    (lx, m) -> {
                      lx.token(STRING_ESCAPE);
                      lx.gotoState("character_end");
                      lx.push("escape");
                    })
                .rule(
                    ".",
                    (lx, m) -> {
                      lx.token(STRING_CHAR);
                      lx.gotoState("character_end");
                    }));
    b.state("character_end", s -> s.rule("'", STRING_CHAR, POP).rule(".", ERROR, POP));
    b.state(
        "quasiquotation",
        s -> s.rule("\\|\\]", OPERATOR, POP).rule("[^\\|]+", TEXT).rule("\\|", TEXT));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\", STRING_ESCAPE, "escape")
                .rule("[^\\\\\"]+", STRING));
    b.state(
        "escape",
        s ->
            s.rule("[abfnrtv\"'&\\\\]", STRING_ESCAPE, POP)
                .rule("\\^[\\]\\[A-Z@\\^_]", STRING_ESCAPE, POP)
                .rule(ASCII, STRING_ESCAPE, POP)
                .rule("(?i)o[0-7]+", STRING_ESCAPE, POP)
                .rule("(?i)x[\\da-f]+", STRING_ESCAPE, POP)
                .rule("\\d+", STRING_ESCAPE, POP)
                .rule("\\s+\\\\", STRING_ESCAPE, POP));
    return b.build();
  }

  private static void nested(RegexLexer.Builder b, String name, Token token) {
    b.state(
        name,
        s ->
            s.rule("-}", token, POP)
                .rule("{-", token, "comment")
                .rule("[^-{}]+", token)
                .rule("[-{}]", token));
  }

  private static void word(RegexLexing lx, java.util.regex.MatchResult m) {
    String w = m.group();
    if (w.equals("import")) {
      lx.token(KEYWORD_RESERVED);
      lx.push("import");
    } else if (w.equals("module")) {
      lx.token(KEYWORD_RESERVED);
      lx.push("module");
    } else if (RESERVED.contains(w)) {
      lx.token(KEYWORD_RESERVED);
    } else if (TYPE.matcher(w).find()) {
      lx.token(KEYWORD_TYPE);
    } else {
      lx.token(NAME);
    }
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Scala lexer as a rule table (symbolic operators, type annotations). */
final class ScalaLexer {
  private ScalaLexer() {}

  private static final String WHITESPACE_CHAR = "\\p{IsWhite_Space}";
  private static final String LETTER = "[\\p{L}$_]";
  private static final String UPPER = "[\\p{Lu}$_]";
  private static final String OP =
      "(?:(?!"
          + WHITESPACE_CHAR
          + "|"
          + LETTER
          + "|[0-9]|[(){}\\[\\]]|[\u2018\u2019\".;,])[\\u0020-\\u007F\\p{Sm}\\p{So}])";
  private static final String IDREST =
      "(?:" + LETTER + "(?:" + LETTER + "|[0-9])*(?:(?<=_)" + OP + "+)?)";
  private static final String NAMEISH = IDREST + "|" + OP + "+|`[^`]+`";
  /** Rouge's typechunk, including its missing "|" before the backquoted name. */
  private static final String TYPECHUNK = "(?:" + IDREST + "|" + OP + "+`[^`]+`)";
  private static final String KEYWORDS =
      "abstract case catch def do else extends final finally for forSome if implicit lazy"
          + " match new override private protected requires return sealed super this throw try"
          + " val var while with yield";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("scala");
    b.state("root", ScalaLexer::root);
    b.state(
        "class",
        s ->
            s.groupsThen(
                    "(" + NAMEISH + ")(\\s*)(\\[)", "typeparam", NAME_CLASS, TEXT, OPERATOR)
                .rule("\\s+", TEXT)
                .rule("\\{", OPERATOR, POP)
                .rule("\\(", OPERATOR, POP)
                .rule("//.*", COMMENT_SINGLE, POP)
                .rule(NAMEISH, NAME_CLASS, POP));
    b.state(
        "type",
        s ->
            s.rule("\\s+", TEXT)
                .rule("<[%:]|>:|[#_\\u21D2]|forSome|type", KEYWORD)
                .rule(
                    "([,\\);}]|=>|=)(\\s*)",
                    (lx, m) -> {
                      lx.groups(OPERATOR, TEXT);
                      lx.pop();
                    })
                .rule("[\\(\\{]", OPERATOR, "type")
                .rule(
                    "(" + TYPECHUNK + "(?:\\." + TYPECHUNK + ")*)(\\s*)(\\[)",
                    (lx, m) -> {
                      lx.groups(KEYWORD_TYPE, TEXT, OPERATOR);
                      lx.pop();
                      lx.push("typeparam");
                    })
                .rule(
                    "(" + TYPECHUNK + "(?:\\." + TYPECHUNK + ")*)(\\s*)$",
                    (lx, m) -> {
                      lx.groups(KEYWORD_TYPE, TEXT);
                      lx.pop();
                    })
                .rule("//.*", COMMENT_SINGLE, POP)
                .rule("\\.|" + NAMEISH, KEYWORD_TYPE));
    b.state(
        "typeparam",
        s ->
            s.rule("[\\s,]+", TEXT)
                .rule("<[%:]|=>|>:|[#_\\u21D2]|forSome|type", KEYWORD)
                .rule("([\\]\\)\\}])", OPERATOR, POP)
                .rule("[\\(\\[\\{]", OPERATOR, "typeparam")
                .rule("\\.|" + NAMEISH, KEYWORD_TYPE));
    b.state(
        "comment",
        s ->
            s.rule("[^/\\*]+", COMMENT_MULTILINE)
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("\\*/", COMMENT_MULTILINE, POP)
                .rule("[*/]", COMMENT_MULTILINE));
    b.state("import", s -> s.rule("(" + IDREST + "|\\.)+", NAME_NAMESPACE, POP));
    return b.build();
  }

  private static RegexLexer.StateBuilder root(RegexLexer.StateBuilder s) {
    return s.groupsThen("(class|trait|object)(\\s+)", "class", KEYWORD, TEXT)
        .rule("'" + IDREST + "(?!')", STRING_SYMBOL)
        .rule("[^\\S\\n]+", TEXT)
        .rule("//.*", COMMENT_SINGLE)
        .rule("/\\*", COMMENT_MULTILINE, "comment")
        .rule("@" + IDREST, NAME_DECORATOR)
        .groups("(def)(\\s+)(" + NAMEISH + ")(\\s*)", KEYWORD, TEXT, NAME_FUNCTION, TEXT)
        .groups("(val)(\\s+)(" + NAMEISH + ")(\\s*)", KEYWORD, TEXT, NAME_VARIABLE, TEXT)
        .groups("(this)(\\n*)(\\.)(" + IDREST + ")", KEYWORD, TEXT, OPERATOR, NAME_PROPERTY)
        .groups(
            "(" + IDREST + "|_)(\\n*)(\\.)(" + IDREST + ")",
            NAME_VARIABLE,
            TEXT,
            OPERATOR,
            NAME_PROPERTY)
        .rule(UPPER + IDREST + "\\b", NAME_CLASS)
        .groups("(" + IDREST + ")(" + WHITESPACE_CHAR + "*)(\\()", NAME_FUNCTION, TEXT, OPERATOR)
        .groups("(\\.)(" + IDREST + ")", OPERATOR, NAME_PROPERTY)
        .rule(
            "(" + Words.alternation(KEYWORDS) + ")\\b|(<[%:-]|=>|>:|[#=@_\\u21D2\\u2190])"
                + "(\\b|(?=\\s)|$)",
            KEYWORD)
        .rule(":(?!" + OP + ")", KEYWORD, "type")
        .rule("(true|false|null)\\b", KEYWORD_CONSTANT)
        .groupsThen("(import|package)(\\s+)", "import", KEYWORD, TEXT)
        .groupsThen("(type)(\\s+)", "type", KEYWORD, TEXT)
        .rule("(?s)\"\"\".*?\"\"\"(?!\")", STRING)
        .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
        .rule("'\\\\.'|'[^\\\\]'|'\\\\u[0-9a-fA-F]{4}'", STRING_CHAR)
        .rule(IDREST, NAME)
        .rule("`[^`]+`", NAME)
        .rule("\\[", OPERATOR, "typeparam")
        .rule("[\\(\\)\\{\\};,.#]", OPERATOR)
        .rule(OP + "+", OPERATOR)
        .rule("([0-9][0-9]*\\.[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?", NUMBER_FLOAT)
        .rule("([0-9][0-9]*[fFdD])", NUMBER_FLOAT)
        .rule("0x[0-9a-fA-F]+", NUMBER_HEX)
        .rule("[0-9]+L?", NUMBER_INTEGER)
        .rule("\\n", TEXT);
  }
}

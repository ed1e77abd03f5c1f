package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Kotlin lexer as a rule table (declarations, generics, labels, raw strings). */
final class KotlinLexer {
  private KotlinLexer() {}

  private static final String KEYWORDS =
      "abstract annotation as break by catch class companion const constructor continue"
          + " crossinline do dynamic else enum external false final finally for fun get if"
          + " import in infix inline inner interface internal is lateinit noinline null object"
          + " open operator out override package private protected public reified return sealed"
          + " set super suspend tailrec this throw true try typealias typeof val var vararg when"
          + " where while yield";
  private static final String NAME_CHARS =
      "(?:[-_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}\\p{Nd}\\p{Pc}\\p{Cf}\\p{Mn}\\p{Mc}]*)";
  private static final String CLASS_NAME = "(?:`?[\\p{Lu}]" + NAME_CHARS + "`?)";
  private static final String NAME = "(?:`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]" + NAME_CHARS + "`?)";

  static RegexLexer create() {
    String dec = "(?:([0-9][0-9_]*[0-9])|[0-9])";
    String exponent = "(?:[eE][+-]?(" + dec + "))";
    String dbl = "(?:((" + dec + ")?\\." + dec + "(" + exponent + ")?)|(" + dec + exponent + "))";
    RegexLexer.Builder b = RegexLexer.builder("kotlin");
    b.state(
        "root",
        s ->
            s.groups("\\b(companion)(\\s+)(object)\\b", KEYWORD, TEXT, KEYWORD)
                .groupsThen(
                    "\\b(class|data\\s+class|interface|object)(\\s+)",
                    "class",
                    KEYWORD_DECLARATION,
                    TEXT)
                .groupsThen("\\b(fun)(\\s+)", "function", KEYWORD, TEXT)
                .groupsThen("\\b(package|import)(\\s+)", "package", KEYWORD, TEXT)
                .groupsThen(
                    "\\b(val|var)(\\s+)(\\()",
                    "destructure",
                    KEYWORD_DECLARATION,
                    TEXT,
                    PUNCTUATION)
                .groupsThen("\\b(val|var)(\\s+)", "property", KEYWORD_DECLARATION, TEXT)
                .groups(
                    "(return|continue|break|this|super)(@" + NAME + ")?\\b",
                    KEYWORD,
                    NAME_DECORATOR)
                .rule("\\bfun\\b", KEYWORD)
                .rule("\\b(?:" + Words.alternation(KEYWORDS) + ")\\b", KEYWORD)
                .rule("^\\s*\\[.*?\\]", NAME_ATTRIBUTE)
                .rule("[^\\S\\n]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("/[*].*[*]/", COMMENT_MULTILINE)
                .rule("/[*].*", COMMENT_MULTILINE, "comment")
                .rule("\\n", TEXT)
                .groups("(::)(class)", OPERATOR, KEYWORD)
                .rule("::|!!|\\?[:.]", OPERATOR)
                .rule("(\\.\\.)", OPERATOR)
                .rule("(" + dbl + "[fF]?)|(" + dec + "[fF])", NUMBER_FLOAT)
                .rule("0[bB]([01][01_]*[01]|[01])[uU]?L?", NUMBER_BIN)
                .rule("0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?", NUMBER_HEX)
                .rule("(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?", NUMBER_INTEGER)
                .rule("[~!%^&*()+=|\\[\\]:;,.<>/?-]", PUNCTUATION)
                .rule("[{}]", PUNCTUATION)
                .rule("(?s)@\"(\"\"|[^\"])*\"", STRING)
                .rule("(?s)\"\"\".*?\"\"\"", STRING)
                .rule("(?s)\"(\\\\\\\\|\\\\\"|[^\"\\n])*[\"\\n]", STRING)
                .rule("'\\\\.'|'[^\\\\]'", STRING_CHAR)
                .rule("(@" + CLASS_NAME + ")", NAME_DECORATOR)
                .groupsThen(
                    "(" + CLASS_NAME + ")(<)", "generic_parameters", NAME_CLASS, PUNCTUATION)
                .rule(CLASS_NAME, NAME_CLASS)
                .rule("(" + NAME + ")(?=\\s*[({])", NAME_FUNCTION)
                .rule("(" + NAME + ")@", NAME_DECORATOR)
                .rule(NAME, Token.NAME));
    b.state("package", s -> s.rule("\\S+", NAME_NAMESPACE, POP));
    b.state("class", s -> s.rule(CLASS_NAME, NAME_CLASS, POP));
    b.state(
        "function",
        s ->
            s.rule("(<)", PUNCTUATION, "generic_parameters")
                .rule("(\\s+)", TEXT)
                .groups("(" + CLASS_NAME + ")(\\.)", NAME_CLASS, PUNCTUATION)
                .rule(NAME, NAME_FUNCTION, POP));
    b.state(
        "generic_parameters",
        s ->
            s.rule(CLASS_NAME, NAME_CLASS)
                .rule("(<)", PUNCTUATION, "generic_parameters")
                .rule("(reified|out|in)", KEYWORD)
                .rule("([,:.?])", PUNCTUATION)
                .rule("(\\s+)", TEXT)
                .rule("(>)", PUNCTUATION, POP));
    b.state(
        "property",
        s ->
            s.rule("(<)", PUNCTUATION, "generic_parameters")
                .rule("(\\s+)", TEXT)
                .rule(NAME, NAME_PROPERTY, POP));
    b.state(
        "destructure",
        s ->
            s.rule("(,)", PUNCTUATION)
                .rule("(\\))", PUNCTUATION, POP)
                .rule("(\\s+)", TEXT)
                .rule(NAME, NAME_PROPERTY));
    b.state(
        "comment",
        s ->
            s.rule("/[*]", COMMENT_MULTILINE, "comment")
                .rule("[*]/", COMMENT_MULTILINE, POP)
                .rule("[^/*]+", COMMENT_MULTILINE)
                .rule("[/*]", COMMENT_MULTILINE));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Dart lexer as a rule table (method declarations, string interpolation). */
final class DartLexer {
  private DartLexer() {}

  private static final String ID = "[a-zA-Z_]\\w*";
  private static final String KEYWORDS =
      "as assert await break case catch continue default do else finally for if in is new"
          + " rethrow return super switch this throw try while with yield";
  private static final String DECLARATIONS =
      "abstract async dynamic const covariant external extends factory final get implements"
          + " late native on operator required set static sync typedef var";
  private static final String TYPES =
      "bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern"
          + " Set String Symbol Type Uri void";
  private static final String IMPORTS = "import deferred export library part\\s*of part source";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("dart");
    b.state(
        "root",
        s ->
            s.rule(
                    "(?s)^(\\s*(?:[a-zA-Z_][a-zA-Z\\d_.\\[\\]]*\\s+)+?)([a-zA-Z_]\\w*)(\\s*)(\\()",
                    (lx, m) -> {
                      lx.recurse(m.group(1));
                      lx.token(NAME_FUNCTION, m.group(2));
                      lx.token(TEXT, m.group(3));
                      lx.token(PUNCTUATION, m.group(4));
                    })
                .rule("\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("\"", STRING, "dqs")
                .rule("'", STRING, "sqs")
                .rule("r\"[^\"]*\"", STRING_OTHER)
                .rule("r'[^']*'", STRING_OTHER)
                .rule("(?i)#(?:" + ID + ")*", STRING_SYMBOL)
                .rule("@" + ID, NAME_DECORATOR)
                .rule("(?:" + Words.alternation(KEYWORDS) + ")\\b", KEYWORD)
                .rule("(?:" + Words.alternation(DECLARATIONS) + ")\\b", KEYWORD_DECLARATION)
                .rule("(?:" + Words.alternation(TYPES) + ")\\b", KEYWORD_TYPE)
                .rule("(?:true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("(?:class|interface|mixin)\\b", KEYWORD_DECLARATION, "class")
                .rule("(?:" + Words.alternation(IMPORTS) + ")\\b", KEYWORD_NAMESPACE, "import")
                .groups("(\\.)(" + ID + ")", OPERATOR, NAME_ATTRIBUTE)
                .rule(ID + ":", NAME_LABEL)
                .rule("\\$?" + ID, NAME)
                .rule("[~^*!%&\\|+=:/?-]", OPERATOR)
                .rule("[\\[\\](){}<>\\.,;]", PUNCTUATION)
                .rule("\\d*\\.\\d+([eE]\\-?\\d+)?", NUMBER_FLOAT)
                .rule("0x[\\da-fA-F]+", NUMBER_HEX)
                .rule("\\d+L?", NUMBER_INTEGER)
                .rule("\\n", TEXT));
    b.state("class", s -> s.rule("\\s+", TEXT).rule(ID, NAME_CLASS, POP));
    b.state(
        "dqs",
        s -> s.rule("\"", STRING, POP).rule("[^\\\\\\$\"]+", STRING).mixin("string"));
    b.state(
        "sqs", s -> s.rule("'", STRING, POP).rule("[^\\\\\\$']+", STRING).mixin("string"));
    b.state(
        "import",
        s ->
            s.rule(";", OPERATOR, POP)
                .rule("(?:show|hide)\\b", KEYWORD_DECLARATION)
                .mixin("root"));
    b.state(
        "string",
        s -> s.mixin("interpolation").rule("\\\\[nrt\\\"\\'\\\\]", STRING_ESCAPE));
    b.state(
        "interpolation",
        s ->
            s.rule("\\$" + ID, STRING_INTERPOL).rule("\\$\\{[^\\}]+\\}", STRING_INTERPOL));
    return b.build();
  }
}

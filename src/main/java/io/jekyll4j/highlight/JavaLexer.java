package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Java lexer as a rule table (method declarations, annotations, generics). */
final class JavaLexer {
  private JavaLexer() {}

  private static final String KEYWORDS =
      "assert break case catch continue default do else finally for if goto instanceof new"
          + " return switch this throw try while";
  private static final String DECLARATIONS =
      "abstract const enum extends final implements native private protected public static"
          + " strictfp super synchronized throws transient volatile";
  private static final String TYPES = "boolean byte char double float int long short var void";
  private static final String ID = "[[:alpha:]_][[:word:]]*";

  static RegexLexer create() {
    String digit = "(?:[0-9]_+[0-9]|[0-9])";
    String bin = "(?:[01]_+[01]|[01])";
    String oct = "(?:[0-7]_+[0-7]|[0-7])";
    String hex = "(?i:[0-9a-f]_+[0-9a-f]|[0-9a-f])";
    RegexLexer.Builder b = RegexLexer.builder("java");
    b.state(
        "root",
        s ->
            s.rule("[^\\S\\n]+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                .rule("(?:" + Words.alternation(KEYWORDS) + ")\\b", KEYWORD)
                .rule(
                    "(\\s*(?:[a-zA-Z_][a-zA-Z0-9_.\\[\\]<>]*\\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)"
                        + "(\\s*)(\\()",
                    (lx, m) -> {
                      lx.recurse(m.group(1));
                      lx.token(NAME_FUNCTION, m.group(2));
                      lx.token(TEXT, m.group(3));
                      lx.token(OPERATOR, m.group(4));
                    })
                .rule("@" + ID, NAME_DECORATOR)
                .rule("(?:" + Words.alternation(DECLARATIONS) + ")\\b", KEYWORD_DECLARATION)
                .rule("(?:" + Words.alternation(TYPES) + ")\\b", KEYWORD_TYPE)
                .rule("(?:true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("(?:class|interface)\\b", KEYWORD_DECLARATION, "class")
                .rule("(?:import|package)\\b", KEYWORD_NAMESPACE, "import")
                .rule("\"(\\\\\\\\|\\\\\"|[^\"])*\"", STRING)
                .rule("'(?:\\\\.|[^\\\\]|\\\\u[0-9a-f]{4})'", STRING_CHAR)
                .groups("(\\.)(" + ID + ")", OPERATOR, NAME_ATTRIBUTE)
                .rule(ID + ":", NAME_LABEL)
                .rule("[[:upper:]][[:upper:][:digit:]_]*\\b", NAME_CONSTANT)
                .rule("[[:upper:]][[:alnum:]]*\\b", NAME_CLASS)
                .rule("\\$?" + ID, NAME)
                .rule("[~^*!%&\\[\\](){}<>\\|+=:;,./?-]", OPERATOR)
                .rule(digit + "+\\." + digit + "+([eE]" + digit + "+)?[fd]?", NUMBER_FLOAT)
                .rule("(?i)0b" + bin + "+", NUMBER_BIN)
                .rule("(?i)0x" + hex + "+", NUMBER_HEX)
                .rule("0" + oct + "+", NUMBER_OCT)
                .rule(digit + "+L?", NUMBER_INTEGER)
                .rule("\\n", TEXT));
    b.state("class", s -> s.rule("\\s+", TEXT).rule(ID, NAME_CLASS, POP));
    b.state(
        "import", s -> s.rule("\\s+", TEXT).rule("(?i)[a-z0-9_.]+\\*?", NAME_NAMESPACE, POP));
    return b.build();
  }
}

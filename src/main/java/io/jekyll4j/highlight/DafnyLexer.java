package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Dafny lexer ({@code dafny}) as a rule table, state for state. */
final class DafnyLexer {
  private DafnyLexer() {}

  private static final Set<String> KEYWORDS_LIST =
      Words.set(
          "abstract allocated assert assume break by calc case class codatatype const"
              + " constructor datatype decreases downto else ensures exists expect export"
              + " extends false for forall fresh function ghost greatest if import include"
              + " invariant iterator label least lemma match method modifies modify module"
              + " nameonly new newtype null old opened predicate print provides reads refines"
              + " requires return returns reveal reveals static then this to trait true twostate"
              + " type unchanged var while witness yield yields");
  private static final Set<String> LITERALS_LIST =
      Words.set(
          "true false null");
  private static final Set<String> TEXT_OPERATORS_LIST =
      Words.set(
          "as is in");
  private static final Set<String> TYPES_LIST =
      Words.set(
          "bool char int real string nat array array? object object? ORDINAL seq set iset"
              + " map imap multiset");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("dafny");
    b.state(
        "root",
        s ->
            s.rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("\\*/", ERROR)
                .rule("'(?-si:[^\\\\'\\n\\r]|\\\\[\"'ntr\\\\0])'", STRING_CHAR)
                .rule("'(?-si:\\\\u(?-si:[0-9a-fA-F]){4})'", STRING_CHAR)
                .rule("'[^'\\n\\r]*'", ERROR)
                .rule("'[^'\\n\\r]*$", ERROR)
                .rule("\"(?:(?-si:[^\\\\\"\\n\\r]|\\\\[\"'ntr\\\\0])|(?-si:\\\\u(?-si:[0-9a-fA-F]){4}))*\"", STRING_DOUBLE)
                .rule("\".*\"", ERROR)
                .rule("\".*$", ERROR)
                .rule("@\"([^\"]|\"\")*\"", STRING_OTHER)
                .rule("(?s)@\".*", ERROR)
                .rule("(?-si:(?-si:\\d)+(?:_(?-si:\\d)+)*)\\.(?-si:(?-si:\\d)+(?:_(?-si:\\d)+)*)(?!(?-si:[0-9a-zA-Z_'?]))", NUMBER_FLOAT)
                .rule("0b(?-si:[01]+(?:_[01]+)*)(?!(?-si:[0-9a-zA-Z_'?]))", NUMBER_BIN)
                .rule("0b(?-si:[0-9a-zA-Z_'?])*", ERROR)
                .rule("0x(?-si:(?-si:[0-9a-fA-F])+(?:_(?-si:[0-9a-fA-F])+)*)(?!(?-si:[0-9a-zA-Z_'?]))", NUMBER_HEX)
                .rule("0x(?-si:[0-9a-zA-Z_'?])*", ERROR)
                .rule("(?-si:(?-si:\\d)+(?:_(?-si:\\d)+)*)(?!(?-si:[0-9a-zA-Z_'?]))", NUMBER_INTEGER)
                .rule("_(?!(?-si:[0-9a-zA-Z_'?]))", NAME)
                .rule("_[0-9_]+[_]?(?!(?-si:[0-9a-zA-Z_'?]))", ERROR)
                .rule("[0-9_]+_(?!(?-si:[0-9a-zA-Z_'?]))", ERROR)
                .rule("[0-9](?-si:[0-9a-zA-Z_'?])+", ERROR)
                .rule("(?-si:array(?:1[0-9]+|[2-9][0-9]*)\\??(?!(?-si:[0-9a-zA-Z_'?])))", KEYWORD_TYPE)
                .rule("(?-si:bv(?:0|[1-9][0-9]*)(?!(?-si:[0-9a-zA-Z_'?])))", KEYWORD_TYPE)
                .rule("(?-si:[0-9a-zA-Z?])(?-si:[0-9a-zA-Z_'?])*", (lx, m) -> {
                  if (TYPES_LIST.contains(m.group())) {
                    lx.token(KEYWORD_TYPE);
                  } else if (LITERALS_LIST.contains(m.group())) {
                    lx.token(KEYWORD_CONSTANT);
                  } else if (TEXT_OPERATORS_LIST.contains(m.group())) {
                    lx.token(OPERATOR_WORD);
                  } else if (KEYWORDS_LIST.contains(m.group())) {
                    lx.token(KEYWORD_RESERVED);
                  } else {
                    lx.token(NAME);
                  }
                })
                .rule("\\.\\.", OPERATOR)
                .rule("[*!%&<>\\|^+=:./-]", OPERATOR)
                .rule("[\\[\\](){},;`]", PUNCTUATION)
                .rule("[^\\S\\n]+", TEXT)
                .rule("\\n", TEXT)
                .rule(".", ERROR));
    b.state(
        "comment",
        s ->
            s.rule("\\*/", COMMENT_MULTILINE, POP)
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("[^*/]+", COMMENT_MULTILINE)
                .rule(".", COMMENT_MULTILINE));
    return b.build();
  }
}

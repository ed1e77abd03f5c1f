package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's OCaml lexer (its OCaml common states plus OCaml's root) as a rule table. */
final class OcamlLexer {
  private OcamlLexer() {}

  private static final Set<String> KEYWORDS =
      Words.set(
          "as assert begin class constraint do done downto else end exception external false for"
              + " fun function functor if in include inherit initializer lazy let module mutable new"
              + " nonrec object of open rec sig struct then to true try type val virtual when while"
              + " with match raise");
  private static final Set<String> WORD_OPERATORS = Words.set("and asr land lor lsl lxor mod or");
  private static final Set<String> PRIMITIVES = Words.set("unit int float bool string char list array");

  private static final String OPERATOR_RE = "[;,_!$%&*+./:<=>?@^|~#-]+";
  private static final String ID = "[a-zA-Z_][\\w']*";
  private static final String UPPER_ID = "[A-Z][\\w']*";
  private static final String HEX = "[0-9a-fA-F]";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ocaml");
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("false|true|[(][)]|\\[\\]", NAME_BUILTIN_PSEUDO)
                .rule(UPPER_ID + "(?=\\s*[.])", NAME_NAMESPACE, "dotted")
                .rule("`" + ID, NAME_TAG)
                .rule(UPPER_ID, NAME_CLASS)
                .rule("[(][*](?![)])", COMMENT, "comment")
                .rule(
                    ID,
                    (lx, m) -> {
                      String w = m.group();
                      if (KEYWORDS.contains(w)) lx.token(KEYWORD);
                      else if (WORD_OPERATORS.contains(w)) lx.token(OPERATOR_WORD);
                      else if (PRIMITIVES.contains(w)) lx.token(KEYWORD_TYPE);
                      else lx.token(NAME);
                    })
                .rule("[(){}\\[\\];]+", PUNCTUATION)
                .rule(OPERATOR_RE, OPERATOR)
                .rule("(?i)-?\\d[\\d_]*(.[\\d_]*)?(e[+-]?\\d[\\d_]*)", NUMBER_FLOAT)
                .rule("(?i)0x" + HEX + "[0-9a-fA-F_]*", NUMBER_HEX)
                .rule("(?i)0o[0-7][0-7_]*", NUMBER_OCT)
                .rule("(?i)0b[01][01_]*", NUMBER_BIN)
                .rule("\\d[\\d_]*", NUMBER_INTEGER)
                .rule("'(?:(\\\\[\\\\\"'ntbr ])|(\\\\[0-9]{3})|(\\\\x" + HEX + "{2}))'", STRING_CHAR)
                .rule("'[.]'", STRING_CHAR)
                .rule("'", KEYWORD)
                .rule("\"", STRING_DOUBLE, "string")
                .rule("[~?]" + ID, NAME_VARIABLE));
    b.state(
        "comment",
        s ->
            s.rule("[^(*)]+", COMMENT)
                .rule(
                    "[(][*]",
                    (lx, m) -> {
                      lx.token(COMMENT);
                      lx.push();
                    })
                .rule("[*][)]", COMMENT, POP)
                .rule("[(*)]", COMMENT));
    b.state(
        "string",
        s ->
            s.rule("[^\\\\\"]+", STRING_DOUBLE)
                .mixin("escape_sequence")
                .rule("\\\\\\n", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP));
    b.state(
        "escape_sequence",
        s ->
            s.rule("\\\\[\\\\\"'ntbr]", STRING_ESCAPE)
                .rule("\\\\\\d{3}", STRING_ESCAPE)
                .rule("\\\\x" + HEX + "{2}", STRING_ESCAPE));
    b.state(
        "dotted",
        s ->
            s.rule("\\s+", TEXT)
                .rule("[.]", PUNCTUATION)
                .rule(UPPER_ID + "(?=\\s*[.])", NAME_NAMESPACE)
                .rule(UPPER_ID, NAME_CLASS, POP)
                .rule(ID, NAME, POP)
                .rule("[({\\[]", PUNCTUATION, POP));
    return b.build();
  }
}

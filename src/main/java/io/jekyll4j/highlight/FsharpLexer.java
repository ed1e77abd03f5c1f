package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's FSharp lexer ({@code fsharp}) as a rule table, state for state. */
final class FsharpLexer {
  private FsharpLexer() {}

  private static final Set<String> KEYOPTS =
      Words.set(
          "!= # & && ( ) * \\+ , - -. -> . .. : :: := :> ; ;; < <- = > >] >} ? ?? [ [< [> [|"
              + " ] _ ` { {< | |] } ~ |> <| <>");
  private static final Set<String> KEYWORDS =
      Words.set(
          "abstract and as assert base begin class default delegate do done downcast downto"
              + " elif else end exception extern false finally for fun function global if in"
              + " inherit inline interface internal lazy let let! match member module mutable"
              + " namespace new not null of open or override private public rec return return!"
              + " select static struct then to true try type upcast use use! val void when while"
              + " with yield yield! sig atomic break checked component const constraint"
              + " constructor continue eager event external fixed functor include method mixin"
              + " object parallel process protected pure sealed tailcall trait virtual volatile");
  private static final Set<String> PRIMITIVES =
      Words.set(
          "unit int float bool string char list array");
  private static final Set<String> WORD_OPERATORS =
      Words.set(
          "and asr land lor lsl lxor mod or");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("fsharp");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("false|true|[(][)]|\\[\\]", NAME_BUILTIN_PSEUDO)
                .rule("(?-si:[A-Z][\\w']*)(?=\\s*[.])", NAME_NAMESPACE, "dotted")
                .rule("[A-Z][\\w']*", NAME_CLASS)
                .rule("[(][*](?![)])", COMMENT, "comment")
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?i)([a-z][\\w']*)|(``[^`\\n\\r\\t]+``)", (lx, m) -> {
                  String match = m.group(0);
                  if (KEYWORDS.contains(match)) {
                  lx.token(KEYWORD);
                  } else if (WORD_OPERATORS.contains(match)) {
                  lx.token(OPERATOR_WORD);
                  } else if (PRIMITIVES.contains(match)) {
                  lx.token(KEYWORD_TYPE);
                  } else {
                  lx.token(NAME);
                  }
                })
                .rule("[\\[\\];,{}_()!$%&*+./:<=>?@^|~#-]+", (lx, m) -> {
                  String match = m.group(0);
                  if (KEYOPTS.contains(match)) {
                  lx.token(PUNCTUATION);
                  } else {
                  lx.token(OPERATOR);
                  }
                })
                .rule("(?i)-?\\d[\\d_]*(.[\\d_]*)?(e[+-]?\\d[\\d_]*)", NUMBER_FLOAT)
                .rule("(?i)0x\\h[\\h_]*", NUMBER_HEX)
                .rule("(?i)0o[0-7][0-7_]*", NUMBER_OCT)
                .rule("(?i)0b[01][01_]*", NUMBER_BIN)
                .rule("\\d[\\d_]*", NUMBER_INTEGER)
                .rule("'(?:(\\\\[\\\\\"'ntbr ])|(\\\\[0-9]{3})|(\\\\x\\h{2}))'", STRING_CHAR)
                .rule("'[.]'", STRING_CHAR)
                .rule("'", KEYWORD)
                .rule("\"", STRING_DOUBLE, "string")
                .rule("[~?](?i-s:([a-z][\\w']*)|(``[^`\\n\\r\\t]+``))", NAME_VARIABLE));
    b.state(
        "comment",
        s ->
            s.rule("[^(*)]+", COMMENT)
                .rule("[(][*]", (lx, m) -> {
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
                .rule("\\\\x\\h{2}", STRING_ESCAPE));
    b.state(
        "dotted",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("[.]", PUNCTUATION)
                .rule("(?-si:[A-Z][\\w']*)(?=\\s*[.])", NAME_NAMESPACE)
                .rule("[A-Z][\\w']*", NAME_CLASS, POP)
                .rule("(?i)([a-z][\\w']*)|(``[^`\\n\\r\\t]+``)", NAME, POP)
                .rule("\\[", PUNCTUATION, POP));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's SML lexer ({@code lexers/sml.rb}) as a rule table. */
final class SmlLexer {
  private SmlLexer() {}

  private static Token tokenForIdWithDot(String id) {
    return KEYWORDS.contains(id) ? ERROR : NAME_NAMESPACE;
  }

  private static Token tokenForFinalId(String id) {
    return KEYWORDS.contains(id) || SYMBOLIC_RESERVED.contains(id) ? ERROR : NAME;
  }

  private static Token tokenForId(String id) {
    if (KEYWORDS.contains(id)) {
      return KEYWORD_RESERVED;
    } else if (SYMBOLIC_RESERVED.contains(id)) {
      return PUNCTUATION;
    }
    return NAME;
  }


  private static final java.util.Set<String> KEYWORDS =
      Words.set("abstype and andalso as case datatype do else"
          + " " + "end eqtype exception fn fun functor handle if"
          + " " + "in include infix infixr let local nonfix of"
          + " " + "op open orelse raise rec sharing sig signature"
          + " " + "struct structure then type val where while with"
          + " " + "withtype");
  private static final java.util.Set<String> SYMBOLIC_RESERVED =
      Words.set("# -> : :> = => |");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("sml", "ml");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("[(][*]", COMMENT, "comment"));
    b.state(
        "delimiters",
        s ->
            s.rule("[(\\[{]", PUNCTUATION, "main")
                .rule("[)\\]}]", PUNCTUATION, POP)
                .rule(
              "\\b(let|if|local)\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.push();
                lx.push();
              })
                .rule(
              "\\b(struct|sig|while)\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.push();
              })
                .rule("\\b(do|else|end|in|then)\\b(?!')", KEYWORD_RESERVED, POP));
    b.state(
        "core",
        s ->
            s.rule("[()\\[\\]{},;_]|[.][.][.]", PUNCTUATION)
                .rule("#\"", STRING_CHAR, "char")
                .rule("\"", STRING_DOUBLE, "string")
                .rule("~?0x[0-9a-fA-F]+", NUMBER_HEX)
                .rule("0wx[0-9a-fA-F]+", NUMBER_HEX)
                .rule("0w\\d+", NUMBER_INTEGER)
                .rule("~?\\d+([.]\\d+)?[eE]~?\\d+", NUMBER_FLOAT)
                .rule("~?\\d+[.]\\d+", NUMBER_FLOAT)
                .rule("~?\\d+", NUMBER_INTEGER)
                .rule("#\\s*[1-9][0-9]*", NAME_LABEL)
                .rule("#\\s*(?i-s:[\\w']+)", NAME_LABEL)
                .rule("#\\s+(?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+)", NAME_LABEL)
                .rule("\\b(datatype|abstype)\\b(?!')", KEYWORD_RESERVED, "dname")
                .rule(
              "(?=\\bexception\\b(?!'))",
              (lx, m) -> {
                lx.push("ename");
              })
                .rule("\\b(functor|include|open|signature|structure)\\b(?!')", KEYWORD_RESERVED, "sname")
                .rule("\\b(type|eqtype)\\b(?!')", KEYWORD_RESERVED, "tname")
                .rule("'(?i-s:[\\w']+)", NAME_DECORATOR)
                .rule(
              "((?i-s:[\\w']+))([.])",
              (lx, m) -> {
                lx.groups(tokenForIdWithDot(lx.group(1)), PUNCTUATION);
                lx.push("dotted");
              })
                .rule(
              "(?i)[\\w']+",
              (lx, m) -> {
                lx.token(tokenForId(lx.group(0)));
              })
                .rule(
              "[!%&$#/:<=>?@\\\\~`^|*+-]+",
              (lx, m) -> {
                lx.token(tokenForId(lx.group(0)));
              }));
    b.state(
        "dotted",
        s ->
            s.rule(
              "((?i-s:[\\w']+))([.])",
              (lx, m) -> {
                lx.groups(tokenForIdWithDot(lx.group(1)), PUNCTUATION);
              })
                .rule(
              "(?i)[\\w']+",
              (lx, m) -> {
                lx.token(tokenForId(lx.group(0)));
                lx.pop();
              })
                .rule(
              "[!%&$#/:<=>?@\\\\~`^|*+-]+",
              (lx, m) -> {
                lx.token(tokenForId(lx.group(0)));
                lx.pop();
              }));
    b.state(
        "root",
        s ->
            s.rule("#!.*?\\n", COMMENT_PREPROC)
                .rule(
              "",
              (lx, m) -> {
                lx.push("main");
              }));
    b.state(
        "main",
        s ->
            s.mixin("whitespace")
                .rule("\\b(val|and)\\b(?!')", KEYWORD_RESERVED, "vname")
                .rule(
              "\\b(fun)\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.gotoState("main_fun");
                lx.push("fname");
              })
                .mixin("delimiters")
                .mixin("core"));
    b.state(
        "main_fun",
        s ->
            s.mixin("whitespace")
                .rule("\\b(fun|and)\\b(?!')", KEYWORD_RESERVED, "fname")
                .rule(
              "\\bval\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.gotoState("main");
                lx.push("vname");
              })
                .rule("[|]", PUNCTUATION, "fname")
                .rule(
              "\\b(case|handle)\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.gotoState("main");
              })
                .mixin("delimiters")
                .mixin("core"));
    b.state(
        "has_escapes",
        s ->
            s.rule("\\\\[\\\\\"abtnvfr]", STRING_ESCAPE)
                .rule("\\\\\\^[\\x40-\\x5e]", STRING_ESCAPE)
                .rule("\\\\[0-9]{3}", STRING_ESCAPE)
                .rule("\\\\u\\h{4}", STRING_ESCAPE)
                .rule("\\\\\\s+\\\\", STRING_INTERPOL));
    b.state(
        "string",
        s ->
            s.rule("[^\"\\\\]+", STRING_DOUBLE)
                .rule("\"", STRING_DOUBLE, POP)
                .mixin("has_escapes"));
    b.state(
        "char",
        s ->
            s.rule("[^\"\\\\]+", STRING_CHAR)
                .rule("\"", STRING_CHAR, POP)
                .mixin("has_escapes"));
    b.state(
        "breakout",
        s ->
            s.rule(
              "(?=\\b(abstype|and|andalso|as|case|datatype|do|else|end|exception|fn|fun|handle|if|in|infix|infixr|let|local|nonfix|of|op|open|orelse|raise|rec|then|type|val|with|withtype|while|eqtype|functor|include|sharing|sig|signature|struct|structure|where)\\b(?!'))",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "sname",
        s ->
            s.mixin("whitespace")
                .mixin("breakout")
                .rule("(?i)[\\w']+", NAME_NAMESPACE)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "has_annotations",
        s ->
            s.rule("'[\\w']*", NAME_DECORATOR)
                .rule("[(]", PUNCTUATION, "tyvarseq"));
    b.state(
        "fname",
        s ->
            s.mixin("whitespace")
                .mixin("has_annotations")
                .rule("(?i)[\\w']+", NAME_FUNCTION, POP)
                .rule("[!%&$#/:<=>?@\\\\~`^|*+-]+", NAME_FUNCTION, POP));
    b.state(
        "vname",
        s ->
            s.mixin("whitespace")
                .mixin("has_annotations")
                .rule(
              "(?s)((?i-s:[\\w']+))(\\s*)(=(?!(?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+)))",
              (lx, m) -> {
                lx.groups(NAME_VARIABLE, TEXT, PUNCTUATION);
                lx.pop();
              })
                .rule(
              "(?s)((?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+))(\\s*)(=(?!(?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+)))",
              (lx, m) -> {
                lx.groups(NAME_VARIABLE, TEXT, PUNCTUATION);
              })
                .rule("(?i)[\\w']+", NAME_VARIABLE, POP)
                .rule("[!%&$#/:<=>?@\\\\~`^|*+-]+", NAME_VARIABLE, POP)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "tname",
        s ->
            s.mixin("whitespace")
                .mixin("breakout")
                .mixin("has_annotations")
                .rule("'[\\w']*", NAME_DECORATOR)
                .rule("[(]", PUNCTUATION, "tyvarseq")
                .rule(
              "=(?!(?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+))",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("typbind");
              })
                .rule("(?i)[\\w']+", KEYWORD_TYPE)
                .rule("[!%&$#/:<=>?@\\\\~`^|*+-]+", KEYWORD_TYPE));
    b.state(
        "typbind",
        s ->
            s.mixin("whitespace")
                .rule(
              "\\b(and)\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.gotoState("tname");
              })
                .mixin("breakout")
                .mixin("core"));
    b.state(
        "dname",
        s ->
            s.mixin("whitespace")
                .mixin("breakout")
                .mixin("has_annotations")
                .rule(
              "(=)(\\s*)(datatype)\\b",
              (lx, m) -> {
                lx.groups(PUNCTUATION, TEXT, KEYWORD_RESERVED);
                lx.pop();
              })
                .rule(
              "=(?!(?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+))",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.gotoState("datbind");
                lx.push("datcon");
              })
                .rule("(?i)[\\w']+", KEYWORD_TYPE)
                .rule("[!%&$#/:<=>?@\\\\~`^|*+-]+", KEYWORD_TYPE));
    b.state(
        "datbind",
        s ->
            s.mixin("whitespace")
                .rule(
              "\\b(and)\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.gotoState("dname");
              })
                .rule(
              "\\b(withtype)\\b(?!')",
              (lx, m) -> {
                lx.token(KEYWORD_RESERVED);
                lx.gotoState("tname");
              })
                .rule("\\bof\\b(?!')", KEYWORD_RESERVED)
                .rule(
              "([|])(\\s*)((?i-s:[\\w']+))",
              (lx, m) -> {
                lx.groups(PUNCTUATION, TEXT, NAME_CLASS);
              })
                .rule(
              "([|])(\\s+)((?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+))",
              (lx, m) -> {
                lx.groups(PUNCTUATION, TEXT, NAME_CLASS);
              })
                .mixin("breakout")
                .mixin("core"));
    b.state(
        "ename",
        s ->
            s.mixin("whitespace")
                .rule(
              "(exception|and)(\\s+)((?i-s:[\\w']+))",
              (lx, m) -> {
                lx.groups(KEYWORD_RESERVED, TEXT, NAME_CLASS);
              })
                .rule(
              "(exception|and)(\\s*)((?-si:[!%&$#\\/:<=>?@\\\\~`^|*+-]+))",
              (lx, m) -> {
                lx.groups(KEYWORD_RESERVED, TEXT, NAME_CLASS);
              })
                .rule("\\b(of)\\b(?!')", KEYWORD_RESERVED)
                .mixin("breakout")
                .mixin("core"));
    b.state(
        "datcon",
        s ->
            s.mixin("whitespace")
                .rule("(?i)[\\w']+", NAME_CLASS, POP)
                .rule("[!%&$#/:<=>?@\\\\~`^|*+-]+", NAME_CLASS, POP));
    b.state(
        "tyvarseq",
        s ->
            s.mixin("whitespace")
                .rule("'[\\w']*", NAME_DECORATOR)
                .rule("(?i)[\\w']+", NAME)
                .rule(",", PUNCTUATION)
                .rule("[)]", PUNCTUATION, POP)
                .rule("[!%&$#/:<=>?@\\\\~`^|*+-]+", NAME));
    b.state(
        "comment",
        s ->
            s.rule("[^(*)]+", COMMENT_MULTILINE)
                .rule(
              "[(][*]",
              (lx, m) -> {
                lx.token(COMMENT_MULTILINE);
                lx.push();
              })
                .rule("[*][)]", COMMENT_MULTILINE, POP)
                .rule("[(*)]", COMMENT_MULTILINE));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Slice lexer ({@code lexers/slice.rb}) as a rule table. */
final class SliceLexer {
  private SliceLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "LocalObject Object Value class const dictionary enum exception"
              + " " + "extends idempotent implements interface local module optional out"
              + " " + "sequence struct throws");

  private static final Set<String> WORDS1 =
      Words.set(
          "bool byte double float int long short string"
              + " " + "void");

  private static final Set<String> WORDS2 =
      Words.set(
          "__asm __based __cdecl __declspec __except __fastcall __finally __inline"
              + " " + "__int16 __int32 __int61 __int8 __leave __naked __restrict __stdcall"
              + " " + "__thread __try __typename _inline _naked _restrict _thread _typename"
              + " " + "inline naked restrict thread typename");

  private static final Set<String> WORDS3 = Set.of();

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("slice");
    b.start(lx -> {
      lx.push("bol");
    });
    b.state(
        "expr_bol",
        s ->
            s.mixin("inline_whitespace")
                .rule("#if\\s0", COMMENT, "if_0")
                .rule("#", COMMENT_PREPROC, "macro")
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "bol",
        s ->
            s.rule("(?-si:[a-zA-Z_][a-zA-Z0-9_]*):(?!:)", NAME_LABEL)
                .mixin("expr_bol"));
    b.state(
        "inline_whitespace",
        s ->
            s.rule("[ \\t\\r]+", TEXT)
                .rule("\\\\\\n", TEXT)
                .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE));
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "bol")
                .rule("//(\\\\.|.)*?$", COMMENT_SINGLE, "bol")
                .mixin("inline_whitespace"));
    b.state(
        "expr_whitespace",
        s ->
            s.rule("(?s)\\n+", TEXT, "expr_bol")
                .mixin("whitespace"));
    b.state(
        "statements",
        s ->
            s.mixin("whitespace")
                .rule("(u8|u|U|L)?\"", STRING, "string")
                .rule("(?i)(u8|u|U|L)?'(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-f0-9]{1,2}|[^\\\\'\\n])'", STRING_CHAR)
                .rule("(?i)(\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+[lu]*", NUMBER_FLOAT)
                .rule("(?i)\\d+e[+-]?\\d+[lu]*", NUMBER_FLOAT)
                .rule("(?i)0x[0-9a-f]+[lu]*", NUMBER_HEX)
                .rule("(?i)0[0-7]+[lu]*", NUMBER_OCT)
                .rule("(?i)\\d+[lu]*", NUMBER_INTEGER)
                .rule("\\*/", ERROR)
                .rule("[~!%^&*+=\\|?:<>/-]", OPERATOR)
                .rule("[()\\[\\],.;]", PUNCTUATION)
                .rule("\\bcase\\b", KEYWORD, "case")
                .rule("(?:true|false|NULL)\\b", NAME_BUILTIN)
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                String v_name = lx.group(0);
                if (WORDS0.contains(v_name)) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(v_name)) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    if (WORDS2.contains(v_name)) {
                      lx.token(KEYWORD_RESERVED);
                    } else {
                      if (WORDS3.contains(v_name)) {
                        lx.token(NAME_BUILTIN);
                      } else {
                        lx.token(NAME);
                      }
                    }
                  }
                }
              }));
    b.state(
        "case",
        s ->
            s.rule(":", PUNCTUATION, POP)
                .mixin("statements"));
    b.state(
        "root",
        s ->
            s.mixin("expr_whitespace")
                .rule(
              "(?s)([\\w*\\s]+?[\\s*])((?-si:[a-zA-Z_][a-zA-Z0-9_]*))(\\s*\\([^;]*?\\))((?-si:(?:\\s|\\/\\/.*?\\n|\\/[*].*?[*]\\/)+)?)({|;)",
              (lx, m) -> {
                lx.recurse(lx.group(1));
                lx.token(NAME_FUNCTION, lx.group(2));
                lx.recurse(lx.group(3));
                lx.recurse(lx.group(4));
                lx.token(PUNCTUATION, lx.group(5));
                if (lx.group(5).equals("{")) {
                  lx.push("function");
                }
              })
                .rule("\\{", PUNCTUATION, "function")
                .mixin("statements"));
    b.state(
        "function",
        s ->
            s.mixin("whitespace")
                .mixin("statements")
                .rule(";", PUNCTUATION)
                .rule("{", PUNCTUATION, "function")
                .rule("}", PUNCTUATION, POP));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+", STRING)
                .rule("\\\\\\n", STRING)
                .rule("\\\\", STRING));
    b.state(
        "macro",
        s ->
            s.mixin("include")
                .rule("[^/\\n\\\\]+", COMMENT_PREPROC)
                .rule("(?s)\\\\.", COMMENT_PREPROC)
                .mixin("inline_whitespace")
                .rule("/", COMMENT_PREPROC)
                .rule("\\n", COMMENT_PREPROC, POP));
    b.state(
        "include",
        s ->
            s.rule(
              "(include)(\\s*)(<[^>]+>)([^\\n]*)",
              (lx, m) -> {
                lx.groups(COMMENT_PREPROC, TEXT, COMMENT_PREPROC_FILE, COMMENT_SINGLE);
              })
                .rule(
              "(include)(\\s*)(\"[^\"]+\")([^\\n]*)",
              (lx, m) -> {
                lx.groups(COMMENT_PREPROC, TEXT, COMMENT_PREPROC_FILE, COMMENT_SINGLE);
              }));
    b.state(
        "if_0",
        s ->
            s.rule("^\\s*#if", COMMENT, "if_0")
                .rule("^\\s*#\\s*el(?:se|if)", COMMENT, POP)
                .rule("(?s)^\\s*#\\s*endif\\b.*?(?<!\\\\)\\n", COMMENT, POP)
                .rule(".*?\\n", COMMENT));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's Nasm lexer ({@code nasm}) as a rule table, state for state. */
final class NasmLexer {
  private NasmLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("nasm");
    b.state(
        "root",
        s ->
            s.rule("^\\s*%", COMMENT_PREPROC, "preproc")
                .mixin("whitespace")
                .rule("(?i)[a-z$._?][\\w$.?#@~]*:", NAME_LABEL)
                .rule("(?i)([a-z$._?][\\w$.?#@~]*)(\\s+)(equ)", (lx, m) -> {
                  lx.groups(NAME_CONSTANT, KEYWORD_DECLARATION, KEYWORD_DECLARATION);
                  lx.push("instruction_args");
                })
                .rule("BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE", KEYWORD, "instruction_args")
                .rule("(?i)(?:res|d)[bwdqt]|times", KEYWORD_DECLARATION, "instruction_args")
                .rule("(?i)[a-z$._?][\\w$.?#@~]*", NAME_FUNCTION, "instruction_args")
                .rule("[\\r\\n]+", TEXT));
    b.state(
        "instruction_args",
        s ->
            s.rule("\"(\\\\\\\\\"|[^\"\\\\n])*\"|'(\\\\\\\\'|[^'\\\\n])*'|`(\\\\\\\\`|[^`\\\\n])*`", STRING)
                .rule("(?i)(?:0x[\\da-f]+|$0[\\da-f]*|\\d+[\\da-f]*h)", NUMBER_HEX)
                .rule("(?i)[0-7]+q", NUMBER_OCT)
                .rule("(?i)[01]+b", NUMBER_BIN)
                .rule("(?i)\\d+\\.e?\\d+", NUMBER_FLOAT)
                .rule("\\d+", NUMBER_INTEGER)
                .mixin("punctuation")
                .rule("(?i)r\\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]", NAME_BUILTIN)
                .rule("(?i)[a-z$._?][\\w$.?#@~]*", NAME_VARIABLE)
                .rule("[\\r\\n]+", TEXT, POP)
                .mixin("whitespace"));
    b.state(
        "preproc",
        s ->
            s.rule("[^;\\n]+", COMMENT_PREPROC)
                .rule(";.*?\\n", COMMENT_SINGLE, POP)
                .rule("\\n", COMMENT_PREPROC, POP));
    b.state(
        "whitespace",
        s ->
            s.rule("\\n", TEXT)
                .rule("[ \\t]+", TEXT)
                .rule(";.*", COMMENT_SINGLE));
    b.state(
        "punctuation",
        s ->
            s.rule("[,():\\[\\]]+", PUNCTUATION)
                .rule("[&|^<>+*/%~-]+", OPERATOR)
                .rule("\\$+", KEYWORD_CONSTANT)
                .rule("(?i)seg|wrt|strict", OPERATOR_WORD)
                .rule("(?i)byte|[dq]?word", KEYWORD_TYPE));
    return b.build();
  }
}

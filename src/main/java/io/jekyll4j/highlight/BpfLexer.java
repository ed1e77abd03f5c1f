package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's BPF lexer ({@code bpf}) as a rule table, state for state. */
final class BpfLexer {
  private BpfLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("bpf");
    b.state(
        "root",
        s ->
            s.groups("(?i)(\\d+)(:)(\\s+)(\\(\\h{2}\\))", GENERIC_LINENO, PUNCTUATION, WHITESPACE, GENERIC)
                .groups("(?i)(\\d+)(:)(\\s+)((?:\\h{2} ){8})", GENERIC_LINENO, PUNCTUATION, WHITESPACE, GENERIC)
                .groups("(?i)(\\d+)(:)(\\s+)", GENERIC_LINENO, PUNCTUATION, WHITESPACE)
                .groups("(?i)(call)(\\s+)(\\d+)", KEYWORD, WHITESPACE, NUMBER_INTEGER)
                .groups("(?i)(call)(\\s+)(\\w+)(#)(\\d+)", KEYWORD, WHITESPACE, NAME_BUILTIN, PUNCTUATION, NUMBER_INTEGER)
                .groups("(?i)(goto)(\\s*)(\\+\\d+)?(\\s*)(<?\\w+>?)", KEYWORD, WHITESPACE, NUMBER_INTEGER, WHITESPACE, NAME_LABEL)
                .groups("(?i)(if)(\\s+)([rw]\\d+)(\\s*)([s!=<>]+)(\\s*)(0x\\h+|[-]?\\d+)(\\s*)(goto)(\\s*)(\\+\\d+)?(\\s*)(<?\\w+>?)", KEYWORD, WHITESPACE, NAME, WHITESPACE, OPERATOR, WHITESPACE, NUMBER, WHITESPACE, KEYWORD, WHITESPACE, NUMBER_INTEGER, WHITESPACE, NAME_LABEL)
                .groups("(?i)(if)(\\s+)([rw]\\d+)(\\s*)([s!=<>]+)(\\s*)([rw]\\d+)(\\s*)(goto)(\\s*)(\\+\\d+)?(\\s*)(<?\\w+>?)", KEYWORD, WHITESPACE, NAME, WHITESPACE, OPERATOR, WHITESPACE, NAME, WHITESPACE, KEYWORD, WHITESPACE, NUMBER_INTEGER, WHITESPACE, NAME_LABEL)
                .rule("(?i)(\\*)(\\s*)(\\()(u8|u16|u32|u64|ll)(\\s*)(\\*)(\\))", (lx, m) -> {
                  lx.groups(OPERATOR, WHITESPACE, PUNCTUATION, KEYWORD_TYPE, WHITESPACE, OPERATOR, PUNCTUATION);
                  lx.push("address");
                })
                .rule("(?i)[+-/\\*&|><^s]{0,3}=", OPERATOR)
                .groups("(?i)([+-]?)([rw]\\d+)", PUNCTUATION, NAME)
                .rule("//", COMMENT_SINGLE, "linecomment")
                .rule("/\\*", COMMENT_MULTILINE, "multilinescomment")
                .rule("(?i)be16|be32|be64|exit|lock|map", KEYWORD)
                .groups("(?i)(0x\\h+|[-]?\\d+)(\\s*)(ll)?", NUMBER, WHITESPACE, KEYWORD_TYPE)
                .groups("(?i)(\\w+)(\\s*)(ll)", NAME, WHITESPACE, KEYWORD_TYPE)
                .groups("(?i)(\\w+)(\\s*)(:)", NAME_LABEL, WHITESPACE, PUNCTUATION)
                .rule("(?s).", TEXT));
    b.state(
        "address",
        s ->
            s.rule("(?i)(\\()([rw]\\d+)(\\s*)([+-])(\\s*)(\\d+)(\\))", (lx, m) -> {
                  lx.groups(PUNCTUATION, NAME, WHITESPACE, OPERATOR, WHITESPACE, NUMBER_INTEGER, PUNCTUATION);
                  lx.pop();
                })
                .rule("(?i)(\\w+)(\\[)(\\d+)(\\])", (lx, m) -> {
                  lx.groups(NAME, PUNCTUATION, NUMBER_INTEGER, PUNCTUATION);
                  lx.pop();
                })
                .rule("(?i)(\\w+)(\\[)([rw]\\d+)(\\])", (lx, m) -> {
                  lx.groups(NAME, PUNCTUATION, NAME, PUNCTUATION);
                  lx.pop();
                }));
    b.state(
        "linecomment",
        s ->
            s.rule("\\n", COMMENT_SINGLE, POP)
                .rule(".+", COMMENT_SINGLE));
    b.state(
        "multilinescomment",
        s ->
            s.rule("\\*/", COMMENT_MULTILINE, POP)
                .rule("([^\\*/]+)", COMMENT_MULTILINE)
                .rule("([\\*/])", COMMENT_MULTILINE));
    return b.build();
  }
}

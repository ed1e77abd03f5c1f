package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's sed lexer ({@code sed}) as a rule table, state for state. */
final class SedLexer {
  private SedLexer() {}

  static RegexLexer create() {
    RegexLexer regex = regex();
    RegexLexer replacement = replacement();
    RegexLexer.Builder b = RegexLexer.builder("sed");
    b.state(
        "whitespace",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("#.*?\\n", (lx, m) -> {
                  lx.token(COMMENT);
                  lx.resetStack();
                })
                .rule("\\n", (lx, m) -> {
                  lx.token(TEXT);
                  lx.resetStack();
                })
                .rule(";", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.resetStack();
                }));
    b.state(
        "root",
        s ->
            s.mixin("addr_range"));
    b.state(
        "command",
        s ->
            s.mixin("whitespace")
                .rule("(?s)(s)(.)((?s-i:\\\\.|.)*?)(\\2)((?s-i:\\\\.|.)*?)(\\2)", (lx, m) -> {
                  lx.token(KEYWORD, m.group(1));
                  lx.token(PUNCTUATION, m.group(2));
                  lx.delegate(lx.sub("regex", regex), m.group(3));
                  lx.token(PUNCTUATION, m.group(4));
                  lx.delegate(lx.sub("replacement", replacement), m.group(5));
                  lx.token(PUNCTUATION, m.group(6));
                  lx.gotoState("flags");
                })
                .rule("(?s)(y)(.)((?s-i:\\\\.|.)*?)(\\2)((?s-i:\\\\.|.)*?)(\\2)", (lx, m) -> {
                  lx.token(KEYWORD, m.group(1));
                  lx.token(PUNCTUATION, m.group(2));
                  lx.delegate(lx.sub("replacement", replacement), m.group(3));
                  lx.token(PUNCTUATION, m.group(4));
                  lx.delegate(lx.sub("replacement", replacement), m.group(5));
                  lx.token(PUNCTUATION, m.group(6));
                  lx.pop();
                })
                .rule("([aic])(\\s*)", (lx, m) -> {
                  lx.groups(KEYWORD, TEXT);
                  lx.gotoState("text");
                })
                .rule("[pd]", KEYWORD)
                .rule("(?i)([qQl])(\\s+)(\\d+)", (lx, m) -> {
                  lx.groups(KEYWORD, TEXT, NUMBER);
                  lx.pop();
                })
                .rule("[={}dDgGhHlnpPqx]", KEYWORD, POP)
                .rule("([rRwW])(\\s+)(\\S+)", (lx, m) -> {
                  lx.groups(KEYWORD, TEXT, NAME);
                  lx.pop();
                })
                .rule("([:btT])(\\s+)(\\S+)", (lx, m) -> {
                  lx.groups(KEYWORD, TEXT, NAME_LABEL);
                  lx.pop();
                }));
    b.state(
        "addr_range",
        s ->
            s.mixin("whitespace")
                .rule("\\d+", KEYWORD_NAMESPACE)
                .rule("[$,~+!]", KEYWORD_NAMESPACE)
                .rule("(/)((?:\\\\.|.)*?)(/)", (lx, m) -> {
                  lx.token(KEYWORD_NAMESPACE, m.group(1));
                  lx.delegate(lx.sub("regex", regex), m.group(2));
                  lx.token(KEYWORD_NAMESPACE, m.group(3));
                })
                .rule("(\\\\)(.)((?:\\\\.|.)*?)(\\2)", (lx, m) -> {
                  lx.token(KEYWORD_NAMESPACE, m.group(1) + m.group(2));
                  lx.delegate(lx.sub("regex", regex), m.group(3));
                  lx.token(KEYWORD_NAMESPACE, m.group(4));
                })
                .rule("", (lx, m) -> {
                  lx.push("command");
                }));
    b.state(
        "text",
        s ->
            s.rule("[^\\\\\\n]+", STRING)
                .rule("\\\\\\n", STRING_ESCAPE)
                .rule("\\\\", STRING)
                .rule("\\n", TEXT, POP));
    b.state(
        "flags",
        s ->
            s.rule("[gp]+", KEYWORD, POP)
                .rule("([wW])(\\s+)(\\S+)", (lx, m) -> {
                  lx.token(KEYWORD);
                  lx.token(TEXT);
                  lx.token(NAME);
                })
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    return b.build();
  }

  /** Rouge's {@code Sed::Regex}, for the regex parts of addresses and commands. */
  private static RegexLexer regex() {
    RegexLexer.Builder b = RegexLexer.builder("sed_regex");
    b.state(
        "root",
        s ->
            s.rule("\\\\.", STRING_ESCAPE)
                .rule("\\[", PUNCTUATION, "brackets")
                .rule("[$^.*]", OPERATOR)
                .rule("[()]", PUNCTUATION)
                .rule(".", STRING_REGEX));
    b.state(
        "brackets",
        s ->
            s.rule("\\^", (lx, m) -> {
                  lx.token(PUNCTUATION);
                  lx.gotoState("brackets_int");
                })
                .rule("", (lx, m) -> {
                  lx.gotoState("brackets_int");
                }));
    b.state(
        "brackets_int",
        s ->
            s.rule(".-.", NAME_VARIABLE)
                .rule("\\]", PUNCTUATION, POP)
                .rule(".", STRING_REGEX));
    return b.build();
  }

  private static RegexLexer replacement() {
    RegexLexer.Builder b = RegexLexer.builder("sed_replacement");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\\\.", STRING_ESCAPE)
                .rule("&", OPERATOR)
                .rule("(?s)[^\\\\&]+", TEXT));
    return b.build();
  }
}

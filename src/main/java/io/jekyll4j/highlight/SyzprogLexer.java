package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Syzprog lexer ({@code lexers/syzprog.rb}) as a rule table. */
final class SyzprogLexer {
  private SyzprogLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "ANY ANYBLOB ANYPTR ANYPTR64 ANYPTRS ANYRES16 ANYRES32 ANYRES64"
              + " " + "ANYRESDEC ANYRESHEX ANYRESOCT ANYUNION AUTO async fail_nth false"
              + " " + "nil rerun true void");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("syzprog");
    b.state(
        "inline_break",
        s ->
            s.rule("[ \\t]+", TEXT)
                .rule("", TEXT, POP));
    b.state(
        "eol_break",
        s ->
            s.rule("[\\n\\r]+", TEXT)
                .rule("#.*$", COMMENT)
                .rule("", TEXT, POP));
    b.state(
        "space_break",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .rule("", TEXT, POP));
    b.state(
        "mixin_number",
        s ->
            s.rule("(?i)-?0x[\\da-f]+", NUMBER_HEX)
                .rule("-?\\d+", NUMBER_INTEGER));
    b.state(
        "mixin_string",
        s ->
            s.rule("\"[^\"]*\"", STRING_DOUBLE)
                .rule("`[^`]*`", STRING_BACKTICK)
                .rule("'[^']*'", STRING_SINGLE));
    b.state(
        "mixin_term",
        s ->
            s.mixin("mixin_number")
                .mixin("mixin_string")
                .rule("(?-si:r[0-9]+)", KEYWORD_PSEUDO)
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  lx.token(NAME);
                }
              }));
    b.state(
        "mods_list",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .mixin("mixin_term")
                .rule("[,:]", PUNCTUATION)
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "syscall_mods",
        s ->
            s.rule("\\(", PUNCTUATION, "mods_list")
                .rule("", TEXT, POP));
    b.state(
        "syscall_args",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .mixin("mixin_term")
                .mixin("mixin_number")
                .mixin("mixin_string")
                .rule("[@&=,<>{}\\[\\]]", PUNCTUATION)
                .rule("[!#\\$%\\^\\*\\-\\+/\\|~:;.\\?]", PUNCTUATION)
                .rule("\\(", PUNCTUATION, "syscall_args")
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .rule(
              "((?-si:r[0-9]+))((?-si:\\s+))(=)",
              (lx, m) -> {
                lx.groups(KEYWORD_PSEUDO, TEXT, PUNCTUATION);
              })
                .rule(
              "((?-si:[a-zA-Z_][a-zA-Z0-9_]*))(\\$)?((?-si:[a-zA-Z0-9_]+))?((?-si:\\s+))?(\\()",
              (lx, m) -> {
                lx.groups(NAME_FUNCTION, PUNCTUATION, NAME_FUNCTION_MAGIC, TEXT, PUNCTUATION);
                lx.push("syscall_mods");
                lx.push("inline_break");
                lx.push("syscall_args");
                lx.push("space_break");
              }));
    return b.build();
  }
}

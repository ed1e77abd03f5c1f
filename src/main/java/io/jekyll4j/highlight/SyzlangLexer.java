package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Syzlang lexer ({@code lexers/syzlang.rb}) as a rule table. */
final class SyzlangLexer {
  private SyzlangLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "align breaks_returns dec define disabled hex ignore_return in"
              + " " + "incdir include inet inout oct opt out packed"
              + " " + "parent prog_timeout pseudo resource size syscall timeout type"
              + " " + "varlen");

  private static final Set<String> WORDS1 =
      Words.set(
          "array bitsize bool16 bool32 bool64 bool8 boolptr buffer"
              + " " + "bytesize bytesize2 bytesize4 bytesize8 const csum filename fileoff"
              + " " + "flags fmt int16 int16be int32 int32be int64 int64be"
              + " " + "int8 int8be intptr len offsetof optional proc ptr"
              + " " + "ptr64 string stringnoz text vma vma64 void");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("syzlang");
    b.state(
        "inline_break",
        s ->
            s.rule("[ \\t]+", TEXT)
                .rule("", TEXT, POP));
    b.state(
        "space_break",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .rule("", TEXT, POP));
    b.state(
        "mixin_name",
        s ->
            s.rule("[a-zA-Z_][a-zA-Z0-9_]*", NAME));
    b.state(
        "mixin_number",
        s ->
            s.rule("(?i)-?0x[\\da-f]+", NUMBER_HEX)
                .rule("-?\\d+", NUMBER_INTEGER)
                .rule("'[^']?'", STRING_CHAR));
    b.state(
        "mixin_string",
        s ->
            s.rule("\"[^\"]*\"", STRING_DOUBLE)
                .rule("`[^`]*`", STRING_BACKTICK));
    b.state(
        "mixin_term",
        s ->
            s.mixin("mixin_number")
                .mixin("mixin_string")
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(KEYWORD);
                } else {
                  if (WORDS1.contains(lx.group(0))) {
                    lx.token(KEYWORD_TYPE);
                  } else {
                    lx.token(NAME);
                  }
                }
              })
                .rule(":", PUNCTUATION)
                .rule("\\$", NAME));
    b.state(
        "term_list",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .mixin("mixin_term")
                .rule("\\[", PUNCTUATION, "term_list")
                .rule(",", PUNCTUATION)
                .rule("[\\]\\)]", PUNCTUATION, POP));
    b.state(
        "arg_type",
        s ->
            s.mixin("mixin_term")
                .rule("\\[", PUNCTUATION, "term_list")
                .rule("", TEXT, POP));
    b.state(
        "include",
        s ->
            s.rule(
              "(<)([^>]+)(>)",
              (lx, m) -> {
                lx.groups(PUNCTUATION, STRING, PUNCTUATION);
              })
                .rule("", TEXT, POP));
    b.state(
        "define_name",
        s ->
            s.mixin("mixin_name")
                .rule("", TEXT, POP));
    b.state(
        "define_exp",
        s ->
            s.mixin("mixin_name")
                .mixin("mixin_number")
                .mixin("mixin_string")
                .rule("[~!%\\^&\\*\\-\\+/\\|<>\\?:]", OPERATOR)
                .rule("[\\(\\){}\\[\\];,]", PUNCTUATION)
                .rule("[ \\t]+", TEXT)
                .rule("", TEXT, POP));
    b.state(
        "resource_name",
        s ->
            s.mixin("mixin_name")
                .rule("", TEXT, POP));
    b.state(
        "resource_type",
        s ->
            s.rule("\\[", PUNCTUATION, "arg_type")
                .rule("\\]", PUNCTUATION, POP));
    b.state(
        "resource_values",
        s ->
            s.rule(
              ":",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.push("resource_values_list");
                lx.push("space_break");
              })
                .rule("", TEXT, POP));
    b.state(
        "resource_values_list",
        s ->
            s.rule("[ \\t]+", TEXT)
                .mixin("mixin_name")
                .mixin("mixin_number")
                .mixin("mixin_string")
                .rule(",", PUNCTUATION, "space_break")
                .rule("", TEXT, POP));
    b.state(
        "flags_list",
        s ->
            s.rule("[ \\t]+", TEXT)
                .rule("\\.", PUNCTUATION)
                .mixin("mixin_name")
                .mixin("mixin_number")
                .mixin("mixin_string")
                .rule(",", PUNCTUATION, "space_break")
                .rule("", PUNCTUATION, POP));
    b.state(
        "syscall_args",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .rule("\\.", PUNCTUATION)
                .rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                lx.token(NAME);
                lx.push("arg_type");
                lx.push("space_break");
              })
                .rule(",", PUNCTUATION)
                .rule("\\)", PUNCTUATION, POP));
    b.state(
        "syscall_retval",
        s ->
            s.mixin("mixin_name")
                .rule("", TEXT, POP));
    b.state(
        "syscall_mods",
        s ->
            s.rule("\\(", PUNCTUATION, "term_list")
                .rule("", TEXT, POP));
    b.state(
        "struct_fields",
        s ->
            s.rule(
              "[a-zA-Z_][a-zA-Z0-9_]*",
              (lx, m) -> {
                lx.token(NAME);
                lx.push("space_break");
                lx.push("struct_field_mods");
                lx.push("inline_break");
                lx.push("arg_type");
                lx.push("space_break");
              })
                .rule("[}\\]]", PUNCTUATION, POP));
    b.state(
        "struct_field_mods",
        s ->
            s.rule("\\(", PUNCTUATION, "term_list")
                .rule("", TEXT, POP));
    b.state(
        "struct_mods",
        s ->
            s.rule("\\[", PUNCTUATION, "term_list")
                .rule("", TEXT, POP));
    b.state(
        "type_name",
        s ->
            s.mixin("mixin_name")
                .rule("", TEXT, POP));
    b.state(
        "type_args",
        s ->
            s.rule("\\[", PUNCTUATION, "type_args_list")
                .rule("", TEXT, POP));
    b.state(
        "type_args_list",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .mixin("mixin_name")
                .rule(",", PUNCTUATION)
                .rule("\\]", PUNCTUATION, POP));
    b.state(
        "type_body",
        s ->
            s.rule(
              "[{\\[]",
              (lx, m) -> {
                lx.token(PUNCTUATION);
                lx.pop();
                lx.push("space_break");
                lx.push("struct_mods");
                lx.push("inline_break");
                lx.push("struct_fields");
                lx.push("space_break");
              })
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
                lx.push("arg_type");
              }));
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("#.*$", COMMENT)
                .rule(
              "(include|incdir)",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("include");
                lx.push("space_break");
              })
                .rule(
              "define",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("define_exp");
                lx.push("space_break");
                lx.push("define_name");
                lx.push("space_break");
              })
                .rule(
              "resource",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("resource_values");
                lx.push("inline_break");
                lx.push("resource_type");
                lx.push("inline_break");
                lx.push("resource_name");
                lx.push("space_break");
              })
                .rule(
              "((?-si:[a-zA-Z_][a-zA-Z0-9_]*)|_)((?-si:\\s+))(=)",
              (lx, m) -> {
                if (lx.group(1).equals("_")) {
                  lx.groups(KEYWORD, TEXT, PUNCTUATION);
                } else {
                  lx.groups(NAME, TEXT, PUNCTUATION);
                }
                lx.push("flags_list");
                lx.push("space_break");
              })
                .rule(
              "((?-si:[a-zA-Z_][a-zA-Z0-9_]*))(\\$)?((?-si:[a-zA-Z0-9_]+))?((?-si:\\s+))?(\\()",
              (lx, m) -> {
                lx.groups(NAME_FUNCTION, PUNCTUATION, NAME_FUNCTION_MAGIC, TEXT, PUNCTUATION);
                lx.push("syscall_mods");
                lx.push("inline_break");
                lx.push("syscall_retval");
                lx.push("inline_break");
                lx.push("syscall_args");
                lx.push("space_break");
              })
                .rule(
              "((?-si:[a-zA-Z_][a-zA-Z0-9_]*)|(?-si:[a-zA-Z_][a-zA-Z0-9_]*)\\$(?-si:[a-zA-Z0-9_]+))((?-si:\\s+))?([{\\[])",
              (lx, m) -> {
                lx.groups(NAME, TEXT, PUNCTUATION);
                lx.push("inline_break");
                lx.push("struct_mods");
                lx.push("inline_break");
                lx.push("struct_fields");
                lx.push("space_break");
              })
                .rule(
              "type",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("type_body");
                lx.push("space_break");
                lx.push("type_args");
                lx.push("type_name");
                lx.push("space_break");
              }));
    return b.build();
  }
}

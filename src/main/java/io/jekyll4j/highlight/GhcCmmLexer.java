package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's GHC Cmm (C--) lexer ({@code lexers/ghc_cmm.rb}) as a rule table. */
final class GhcCmmLexer {
  private GhcCmmLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("ghc-cmm", "cmm");
    b.state(
        "root",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("^=====.*=====$", GENERIC_HEADING)
                .rule("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d+ UTC$", COMMENT_SINGLE)
                .mixin("detect_section")
                .mixin("preprocessor_macros")
                .mixin("info_tbls")
                .mixin("comments")
                .mixin("literals")
                .mixin("keywords")
                .mixin("types")
                .mixin("infos")
                .mixin("names")
                .mixin("operators")
                .rule("\\\\\\n", TEXT)
                .rule(".", TEXT));
    b.state(
        "detect_section",
        s ->
            s.rule(
              "(section)(\\s+)",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.token(TEXT, lx.group(2));
                lx.push("section");
              }));
    b.state(
        "section",
        s ->
            s.rule("\"(data|cstring|text|rodata|relrodata|bss)\"", NAME_BUILTIN)
                .rule("{", PUNCTUATION, POP)
                .mixin("names")
                .mixin("operators")
                .mixin("keywords")
                .rule("\\s+", TEXT));
    b.state(
        "preprocessor_macros",
        s ->
            s.rule("#(include|endif|else|if)", COMMENT_PREPROC)
                .rule(
              "(?s)(\\#define)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)((?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))",
              (lx, m) -> {
                lx.token(COMMENT_PREPROC, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(NAME_LABEL, lx.group(3));
              }));
    b.state(
        "info_tbls",
        s ->
            s.rule(
              "({ )(info_tbls)(:)",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.token(NAME_ENTITY, lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
                lx.push("info_tbls_body");
              }));
    b.state(
        "info_tbls_body",
        s ->
            s.rule("}", PUNCTUATION, POP)
                .rule("{", PUNCTUATION, "info_tbls_body")
                .rule(
              "(?=label:)",
              (lx, m) -> {
                lx.push("label");
              })
                .rule(
              "(?s)(\\()((?s-i:(?:[\\w#$%_']|\\(\\)|\\(,\\)|\\[\\]|[0-9])*(?:[\\w#$%_']+)))(,)",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.token(NAME_LABEL, lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
              })
                .mixin("literals")
                .mixin("infos")
                .mixin("keywords")
                .mixin("operators")
                .rule("(?-si:(?!#[a-zA-Z])[\\w#\\$%_']+)", TEXT)
                .rule("\\s+", TEXT));
    b.state(
        "label",
        s ->
            s.mixin("infos")
                .mixin("names")
                .mixin("keywords")
                .mixin("operators")
                .rule("[^\\S\\n]+", TEXT)
                .rule("\\n", TEXT, POP));
    b.state(
        "comments",
        s ->
            s.rule("/{2}.*", COMMENT_SINGLE)
                .rule("\\(likely.*?\\)", COMMENT)
                .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE));
    b.state(
        "literals",
        s ->
            s.rule("-?[0-9]+\\.[0-9]+", NUMBER_FLOAT)
                .rule("-?[0-9]+", NUMBER_INTEGER)
                .rule("\"", STRING_DELIMITER, "literal_string"));
    b.state(
        "literal_string",
        s ->
            s.rule("\\\\.", STRING_ESCAPE)
                .rule("%.", STRING_SYMBOL)
                .rule("\"", STRING_DELIMITER, POP)
                .rule(".", STRING));
    b.state(
        "operators",
        s ->
            s.rule("\\.\\.", OPERATOR)
                .rule("[+\\-*/<>=!&|~]", OPERATOR)
                .rule("[\\[\\].{}:;,()]", PUNCTUATION));
    b.state(
        "keywords",
        s ->
            s.rule(
              "(const)(\\s+)",
              (lx, m) -> {
                lx.token(KEYWORD_CONSTANT, lx.group(1));
                lx.token(TEXT, lx.group(2));
              })
                .rule("\"", STRING_DOUBLE)
                .rule(
              "(switch)([^{]*)({)",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
              })
                .rule(
              "(arg|result)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)+)(hints)(:)",
              (lx, m) -> {
                lx.token(NAME_PROPERTY, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(NAME_PROPERTY, lx.group(3));
                lx.token(PUNCTUATION, lx.group(4));
              })
                .rule(
              "(returns)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)(to)",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(KEYWORD, lx.group(3));
              })
                .rule(
              "(never)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)(returns)",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(KEYWORD, lx.group(3));
              })
                .rule(
              "(return)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)(\\()",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
              })
                .rule(
              "(if|else|goto|call|offset|import|jump|ccall|foreign|prim|case|unwind|export|reserve|push)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/))",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.recurse(lx.group(2));
              })
                .rule(
              "(default)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)(:)",
              (lx, m) -> {
                lx.token(KEYWORD, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
              }));
    b.state(
        "types",
        s ->
            s.rule(
              "((?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))(?=\\[[^\\]])",
              (lx, m) -> {
                lx.token(KEYWORD_TYPE, lx.group(1));
              })
                .rule(
              "((?-si:(?!#[a-zA-Z])[\\w#\\$%_']+)\\[\\])",
              (lx, m) -> {
                lx.token(KEYWORD_TYPE, lx.group(1));
              })
                .rule(
              "(?s)(^(?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)+)((?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)(\\()",
              (lx, m) -> {
                lx.token(NAME_LABEL, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(NAME_FUNCTION, lx.group(3));
                lx.recurse(lx.group(4));
                lx.token(PUNCTUATION, lx.group(5));
              })
                .rule(
              "(?s)(^(?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)+)((?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))",
              (lx, m) -> {
                lx.token(KEYWORD_TYPE, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(NAME_LABEL, lx.group(3));
              }));
    b.state(
        "infos",
        s ->
            s.rule(
              "(args|res|upd|label|rep|srt|arity|fun_type|arg_space|updfr_space)(:)",
              (lx, m) -> {
                lx.token(NAME_PROPERTY, lx.group(1));
                lx.token(PUNCTUATION, lx.group(2));
              })
                .rule(
              "(stack_info)(:)",
              (lx, m) -> {
                lx.token(NAME_ENTITY, lx.group(1));
                lx.token(PUNCTUATION, lx.group(2));
              }));
    b.state(
        "names",
        s ->
            s.rule(
              "(::)((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)([A-Z]\\w+)",
              (lx, m) -> {
                lx.token(OPERATOR, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(KEYWORD_TYPE, lx.group(3));
              })
                .rule("<((?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))>", NAME_BUILTIN)
                .rule("(Sp|SpLim|Hp|HpLim|HpAlloc|BaseReg|CurrentNursery|CurrentTSO|R\\d{1,2}|gcptr)(?!(?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))", NAME_VARIABLE_GLOBAL)
                .rule(
              "([A-Z](?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))(\\.)",
              (lx, m) -> {
                lx.token(NAME_NAMESPACE, lx.group(1));
                lx.token(PUNCTUATION, lx.group(2));
                lx.push("namespace_name");
              })
                .rule(
              "(`)((?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))(`)",
              (lx, m) -> {
                lx.token(PUNCTUATION, lx.group(1));
                lx.token(NAME_FUNCTION, lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
              })
                .rule(
              "(?s)(?=(?s-i:(?:[\\w#$%_']|\\(\\)|\\(,\\)|\\[\\]|[0-9])*(?:[\\w#$%_']+))(?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*[\\{\\(])",
              (lx, m) -> {
                lx.push("function");
              })
                .rule("CLOSURE", KEYWORD_TYPE)
                .rule("(?s-i:(?:[\\w#$%_']|\\(\\)|\\(,\\)|\\[\\]|[0-9])*(?:[\\w#$%_']+))", NAME_LABEL));
    b.state(
        "namespace_name",
        s ->
            s.rule(
              "([A-Z](?-si:(?!#[a-zA-Z])[\\w#\\$%_']+))(\\.)",
              (lx, m) -> {
                lx.token(NAME_NAMESPACE, lx.group(1));
                lx.token(PUNCTUATION, lx.group(2));
              })
                .rule(
              "(?s)((?s-i:(?:[\\w#$%_']|\\(\\)|\\(,\\)|\\[\\]|[0-9])*(?:[\\w#$%_']+)))((?s-i:\\s|\\/\\/.*?\\n|\\/[*](?:[^*]|(?:[*][^\\/]))*[*]+\\/)*)([\\{\\(])",
              (lx, m) -> {
                lx.token(NAME_FUNCTION, lx.group(1));
                lx.recurse(lx.group(2));
                lx.token(PUNCTUATION, lx.group(3));
                lx.pop();
              })
                .rule("(?s-i:(?:[\\w#$%_']|\\(\\)|\\(,\\)|\\[\\]|[0-9])*(?:[\\w#$%_']+))", NAME_LABEL, POP)
                .rule(
              "(?s)(?=.)",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "function",
        s ->
            s.rule("INFO_TABLE_FUN|INFO_TABLE_CONSTR|INFO_TABLE_SELECTOR|INFO_TABLE_RET|INFO_TABLE", NAME_BUILTIN)
                .rule("%(?-si:(?!#[a-zA-Z])[\\w#\\$%_']+)", NAME_BUILTIN)
                .rule("(?s-i:(?:[\\w#$%_']|\\(\\)|\\(,\\)|\\[\\]|[0-9])*(?:[\\w#$%_']+))", NAME_FUNCTION)
                .rule("\\s+", TEXT)
                .rule("[({]", PUNCTUATION, POP)
                .mixin("comments"));
    return b.build();
  }
}

package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.regex.Pattern;

/** Rouge 3.30's Liquid lexer as a rule table (tags, output, filters; other text is plain). */
final class LiquidLexer {
  private LiquidLexer() {}

  private static final Pattern SINGLE = Pattern.compile("'[^']*'");
  private static final Pattern DOUBLE = Pattern.compile("\"[^\"]*\"");

  private static Token quoted(String text, Token otherwise) {
    if (text == null) {
      return otherwise;
    }
    if (SINGLE.matcher(text).find()) {
      return STRING_SINGLE;
    }
    return DOUBLE.matcher(text).find() ? STRING_DOUBLE : otherwise;
  }

  private static void endAndReset(RegexLexing lx) {
    lx.token(PUNCTUATION);
    lx.resetStack();
  }

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("liquid");
    b.state(
        "root",
        s ->
            s.rule("[^\\{]+", TEXT)
                .groupsThen("(\\{%-?)(\\s*)", "tag_or_block", PUNCTUATION, WHITESPACE)
                .groupsThen("(\\{\\{-?)(\\s*)", "output", PUNCTUATION, WHITESPACE)
                .rule("\\{", TEXT));
    b.state("tag_or_block", LiquidLexer::tagOrBlock);
    b.state(
        "output",
        s ->
            s.groupsThen(
                    "(\\|)(\\s*)([a-zA-Z_][^\\s}\\|:]*)",
                    "filters",
                    PUNCTUATION,
                    WHITESPACE,
                    NAME_FUNCTION)
                .mixin("end_of_tag")
                .mixin("generic"));
    b.state(
        "filters",
        s ->
            s.groups(
                    "(\\|)(\\s*)([a-zA-Z_][^\\s%}\\|:]*)", PUNCTUATION, WHITESPACE, NAME_FUNCTION)
                .mixin("end_of_tag")
                .mixin("end_of_block")
                .mixin("variable_param_markup"));
    b.state(
        "condition",
        s ->
            s.rule("([=!]=|[<>]=?)", OPERATOR)
                .rule("(and|or|contains)\\b", OPERATOR_WORD)
                .mixin("end_of_block")
                .mixin("generic"));
    b.state("when", s -> s.mixin("end_of_block").mixin("generic"));
    b.state("end_of_tag", s -> s.rule("-?\\}\\}", (lx, m) -> endAndReset(lx)));
    b.state("end_of_block", s -> s.rule("-?%\\}", (lx, m) -> endAndReset(lx)));
    b.state(
        "param_markup",
        s ->
            s.mixin("whitespace")
                .mixin("keyword")
                .mixin("string")
                .mixin("number")
                .groups("([^\\s=:]+)(\\s*)(=|:)", NAME_ATTRIBUTE, WHITESPACE, OPERATOR)
                .rule("[,:]", PUNCTUATION));
    b.state("default_param_markup", s -> s.mixin("param_markup").rule("\\S+", TEXT));
    b.state(
        "variable_param_markup",
        s -> s.mixin("param_markup").mixin("variable").rule("\\S+", TEXT));
    b.state(
        "tag_markup",
        s ->
            s.rule("(reversed)\\b", NAME_ATTRIBUTE)
                .mixin("end_of_block")
                .mixin("default_param_markup"));
    b.state(
        "variable_tag_markup", s -> s.mixin("end_of_block").mixin("variable_param_markup"));
    b.state("keyword", s -> s.rule("(false|true|nil)\\b", KEYWORD_CONSTANT));
    b.state(
        "variable",
        s ->
            s.rule("(empty|blank|forloop\\.[^\\s%}\\|:]+)\\b", NAME_BUILTIN)
                .rule("\\.(?=\\w)|\\[|\\]", PUNCTUATION)
                .rule("(first|last|size)\\b", NAME_FUNCTION)
                .rule("[a-zA-Z_][\\w-]*\\??", NAME_VARIABLE));
    b.state("string", s -> s.rule("'[^']*'", STRING_SINGLE).rule("\"[^\"]*\"", STRING_DOUBLE));
    b.state(
        "number",
        s ->
            s.rule("-", OPERATOR)
                .rule("\\d+\\.\\d+", NUMBER_FLOAT)
                .rule("\\d+", NUMBER_INTEGER));
    b.state(
        "generic",
        s ->
            s.mixin("whitespace")
                .mixin("keyword")
                .mixin("string")
                .mixin("number")
                .mixin("variable"));
    b.state("whitespace", s -> s.rule("[ \\t]+", WHITESPACE));
    b.state(
        "comment",
        s ->
            s.rule("[^\\{]+", COMMENT)
                .rule(
                    "(\\{%-?)(\\s*)(endcomment)(\\s*)(-?%\\})",
                    (lx, m) -> {
                      lx.groups(PUNCTUATION, WHITESPACE, NAME_TAG, WHITESPACE, PUNCTUATION);
                      lx.resetStack();
                    })
                .rule("\\{", COMMENT));
    b.state(
        "raw",
        s ->
            s.rule("[^\\{]+", TEXT)
                .rule(
                    "(\\{%-?)(\\s*)(endraw)(\\s*)(-?%\\})",
                    (lx, m) -> {
                      lx.groups(PUNCTUATION, WHITESPACE, NAME_TAG, WHITESPACE, PUNCTUATION);
                      lx.resetStack();
                    })
                .rule("\\{", TEXT));
    b.state(
        "assign",
        s ->
            s.rule("=", OPERATOR)
                .groupsThen(
                    "(\\|)(\\s*)([a-zA-Z_][^\\s%\\|:]*)",
                    "filters",
                    PUNCTUATION,
                    WHITESPACE,
                    NAME_FUNCTION)
                .mixin("end_of_block")
                .mixin("generic"));
    b.state(
        "include",
        s ->
            s.groupsThen("(\\{\\{-?)(\\s*)", "output_embed", PUNCTUATION, WHITESPACE)
                .rule("(with|for)\\b", NAME_TAG)
                .rule("[/\\w-]+(\\.[\\w-]+)+\\b", TEXT)
                .mixin("variable_tag_markup"));
    b.state(
        "output_embed",
        s ->
            s.groups(
                    "(\\|)(\\s*)([a-zA-Z_][^\\s}\\|:]*)", PUNCTUATION, WHITESPACE, NAME_FUNCTION)
                .rule("-?\\}\\}", PUNCTUATION, POP)
                .mixin("variable_param_markup"));
    return b.build();
  }

  private static RegexLexer.StateBuilder tagOrBlock(RegexLexer.StateBuilder s) {
    return s.rule("(if|elsif|unless|case)\\b", KEYWORD_RESERVED, "condition")
        .rule("(when)\\b", KEYWORD_RESERVED, "when")
        .groupsThen("(else)(\\s*)(-?%\\})", POP, KEYWORD_RESERVED, WHITESPACE, PUNCTUATION)
        .groupsThen(
            "(capture|(?:in|de)crement)(\\s+)([^\\s%]+)(\\s*)(-?%\\})",
            POP,
            NAME_TAG,
            WHITESPACE,
            NAME_VARIABLE,
            WHITESPACE,
            PUNCTUATION)
        .groupsThen("(comment)(\\s*)(-?%\\})", "comment", NAME_TAG, WHITESPACE, PUNCTUATION)
        .groupsThen("(raw)(\\s*)(-?%\\})", "raw", NAME_TAG, WHITESPACE, PUNCTUATION)
        .groupsThen(
            "(end(?:if|unless|case))(\\s*)(-?%\\})",
            POP,
            KEYWORD_RESERVED,
            WHITESPACE,
            PUNCTUATION)
        .groupsThen("(end(?:[^\\s%]+))(\\s*)(-?%\\})", POP, NAME_TAG, WHITESPACE, PUNCTUATION)
        .rule("(assign|echo)\\b", NAME_TAG, "assign")
        .rule("(include|render)\\b", NAME_TAG, "include")
        .rule(
            "(cycle)(\\s+)(?:([^\\s:]*)(\\s*)(:))?(\\s*)",
            (lx, m) -> {
              lx.groups(
                  NAME_TAG,
                  WHITESPACE,
                  quoted(m.group(3), NAME_ATTRIBUTE),
                  WHITESPACE,
                  PUNCTUATION,
                  WHITESPACE);
              lx.push("variable_tag_markup");
            })
        .rule(
            "(for|tablerow)(\\s+)([\\w-]+)(\\s+)(in)(\\s+)"
                + "((?:[^\\s%,\\|'\"]|(?:\"[^\"]*\"|'[^']*'))+)(\\s*)",
            (lx, m) -> {
              lx.groups(NAME_TAG, WHITESPACE, NAME_VARIABLE, WHITESPACE, NAME_TAG, WHITESPACE);
              lx.token(quoted(m.group(7), NAME_VARIABLE), m.group(7));
              lx.token(WHITESPACE, m.group(8));
              lx.push("tag_markup");
            })
        .groupsThen("([^\\s%]+)(\\s*)", "tag_markup", NAME_TAG, WHITESPACE);
  }
}

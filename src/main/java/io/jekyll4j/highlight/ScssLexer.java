package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's SCSS lexer (its Sass common rules plus SCSS's root) as a rule table. */
final class ScssLexer {
  private ScssLexer() {}

  private static final String ID = "[\\w-]+";

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("scss");
    b.state(
        "root",
        s ->
            s.rule("\\s+", TEXT)
                .rule("//.*?$", COMMENT_SINGLE)
                .rule("(?s)/[*].*?[*]/", COMMENT_MULTILINE)
                .rule("@import\\b", KEYWORD, "value")
                .mixin("content_common")
                .rule("(?=[^;{}][;}])", (lx, m) -> lx.push("attribute"))
                .rule("(?=[^;{}:\\[]+:[^a-z])", (lx, m) -> lx.push("attribute"))
                .rule("", (lx, m) -> lx.push("selector")));
    b.state(
        "end_section",
        s ->
            s.rule("\\n", TEXT)
                .rule(
                    "[;{}]",
                    (lx, m) -> {
                      lx.token(PUNCTUATION);
                      lx.resetStack();
                    }));
    common(b);
    return b.build();
  }

  /** Rouge's SassCommon states, shared by the SCSS and Sass lexers (all but root and end_section). */
  static void common(RegexLexer.Builder b) {
    b.state(
        "content_common",
        s ->
            s.rule("@for\\b", KEYWORD, "for")
                .rule("@(debug|warn|if|each|while|else|return|media)", KEYWORD, "value")
                .groupsThen("(@mixin)(\\s+)(" + ID + ")", "value", KEYWORD, TEXT, NAME_FUNCTION)
                .groupsThen(
                    "(@function)(\\s+)(" + ID + ")", "value", KEYWORD, TEXT, NAME_FUNCTION)
                .rule("@extend\\b", KEYWORD, "selector")
                .groupsThen(
                    "(@include)(\\s+)(" + ID + ")", "value", KEYWORD, TEXT, NAME_DECORATOR)
                .rule("@" + ID, KEYWORD, "selector")
                .rule("&", KEYWORD, "selector")
                .groupsThen(
                    "([$]" + ID + ")([ \\t]*)(:)", "value", NAME_VARIABLE, TEXT, PUNCTUATION));
    b.state(
        "value",
        s ->
            s.mixin("end_section")
                .rule("[ \\t]+", TEXT)
                .rule("[$]" + ID, NAME_VARIABLE)
                .rule("url[(]", STRING_OTHER, "string_url")
                .rule(ID + "(?=\\s*[(])", NAME_FUNCTION)
                .rule("%" + ID, NAME_DECORATOR)
                .rule("(true|false)\\b", NAME_BUILTIN_PSEUDO)
                .rule("(and|or|not)\\b", OPERATOR_WORD)
                .rule("(?i)#[a-z0-9]{1,6}", NUMBER_HEX)
                .rule("-?\\d+(%|[a-z]+)?", NUMBER)
                .rule("-?\\d*\\.\\d+(%|[a-z]+)?", NUMBER_INTEGER)
                .mixin("has_strings")
                .mixin("has_interp")
                .rule("[~^*!&%<>\\|+=@:,./?-]+", OPERATOR)
                .rule("[\\[\\]()]+", PUNCTUATION)
                .rule("/[*]", COMMENT_MULTILINE, "inline_comment")
                .rule("//[^\\n]*", COMMENT_SINGLE)
                .rule(
                    ID,
                    (lx, m) -> {
                      String w = m.group();
                      if (CssLexer.BUILTINS.contains(w)) {
                        lx.token(NAME_BUILTIN);
                      } else if (CssLexer.CONSTANTS.contains(w)) {
                        lx.token(NAME_CONSTANT);
                      } else {
                        lx.token(NAME);
                      }
                    }));
    b.state("has_interp", s -> s.rule("[#][{]", STRING_INTERPOL, "interpolation"));
    b.state(
        "has_strings",
        s -> s.rule("\"", STRING_DOUBLE, "dq").rule("'", STRING_SINGLE, "sq"));
    b.state("interpolation", s -> s.rule("\\}", STRING_INTERPOL, POP).mixin("value"));
    b.state(
        "selector",
        s ->
            s.mixin("end_section")
                .mixin("has_strings")
                .mixin("has_interp")
                .rule("[ \\t]+", TEXT)
                .rule(":", NAME_DECORATOR, "pseudo_class")
                .rule("[.]", NAME_CLASS, "class")
                .rule("#", NAME_NAMESPACE, "id")
                .rule("%", NAME_VARIABLE, "placeholder")
                .rule(ID, NAME_TAG)
                .rule("&", KEYWORD)
                .rule("[~^*!&\\[\\]()<>\\|+=@:;,./?-]", OPERATOR));
    b.state(
        "dq",
        s ->
            s.rule("\"", STRING_DOUBLE, POP)
                .mixin("has_interp")
                .rule("(\\\\.|#(?![{])|[^\\n\"#])+", STRING_DOUBLE));
    b.state(
        "sq",
        s ->
            s.rule("'", STRING_SINGLE, POP)
                .mixin("has_interp")
                .rule("(\\\\.|#(?![{])|[^\\n'#])+", STRING_SINGLE));
    b.state(
        "string_url",
        s ->
            s.rule("[)]", STRING_OTHER, POP)
                .rule("(\\\\.|#(?![{])|[^\\n)#])+", STRING_OTHER)
                .mixin("has_interp"));
    b.state("selector_piece", s -> s.mixin("has_interp").rule("", (lx, m) -> lx.pop()));
    b.state("pseudo_class", s -> s.rule(ID, NAME_DECORATOR).mixin("selector_piece"));
    b.state("class", s -> s.rule(ID, NAME_CLASS).mixin("selector_piece"));
    b.state("id", s -> s.rule(ID, NAME_NAMESPACE).mixin("selector_piece"));
    b.state("placeholder", s -> s.rule(ID, NAME_VARIABLE).mixin("selector_piece"));
    b.state("for", s -> s.rule("(from|to|through)", OPERATOR_WORD).mixin("value"));
    b.state(
        "attr_common",
        s ->
            s.mixin("has_interp")
                .rule(
                    ID,
                    (lx, m) ->
                        lx.token(
                            CssLexer.ATTRIBUTES.contains(m.group())
                                ? NAME_LABEL
                                : NAME_ATTRIBUTE)));
    b.state(
        "attribute",
        s -> s.mixin("attr_common").groupsThen("([ \\t]*)(:)", "value", TEXT, PUNCTUATION));
    b.state(
        "inline_comment",
        s ->
            s.rule("(\\\\#|#(?=[^\\n{])|\\*(?=[^\\n/])|[^\\n#*])+", COMMENT_MULTILINE)
                .mixin("has_interp")
                .rule("[*]/", COMMENT_MULTILINE, POP));
  }
}

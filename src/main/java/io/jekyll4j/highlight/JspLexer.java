package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Jsp lexer ({@code lexers/jsp.rb}) as a rule table. */
final class JspLexer {
  private JspLexer() {}

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("jsp");
    b.start(lx -> lx.sub("parent", lexer.apply("html")).reset());
    b.state(
        "root",
        s ->
            s.rule("<%--", COMMENT, "jsp_comment")
                .rule("<%@\\s*(page|include|taglib)\\s*", NAME_TAG, "jsp_directive")
                .rule("<jsp:directive\\.(page|include|taglib)", NAME_TAG, "jsp_directive2")
                .rule("<jsp:(scriptlet|declaration|expression)>", NAME_TAG, "jsp_expression")
                .rule("<[a-zA-Z]*:[a-zA-Z]*\\s*", NAME_TAG, "jsp_tag")
                .rule("</[a-zA-Z]*:[a-zA-Z]*>", NAME_TAG)
                .rule("<%[!=]?", NAME_TAG, "jsp_expression2")
                .rule(
              "(?s)(.+?)(?=(<%|</?[a-zA-Z]*:))",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              })
                .rule(
              "(?s).+",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              }));
    b.state(
        "jsp_comment",
        s ->
            s.rule("(--%>)", COMMENT, POP)
                .rule("(?s).", COMMENT));
    b.state(
        "jsp_directive",
        s ->
            s.rule("(%>)", NAME_TAG, POP)
                .mixin("attributes")
                .rule(
              "(?s)(.+?)(?=%>)",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              }));
    b.state(
        "jsp_directive2",
        s ->
            s.rule("(/>)", NAME_TAG, POP)
                .mixin("attributes")
                .rule(
              "(?s)(.+?)(?=/>)",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              }));
    b.state(
        "jsp_expression",
        s ->
            s.rule("</jsp:(scriptlet|declaration|expression)>", NAME_TAG, POP)
                .mixin("attributes")
                .rule(
              "[^</]+",
              (lx, m) -> {
                lx.delegate(lx.sub("java", lexer.apply("java")), lx.group(0));
              }));
    b.state(
        "jsp_expression2",
        s ->
            s.rule("%>", NAME_TAG, POP)
                .rule(
              "[^%>]+",
              (lx, m) -> {
                lx.delegate(lx.sub("java", lexer.apply("java")), lx.group(0));
              }));
    b.state(
        "jsp_tag",
        s ->
            s.rule("/?>", NAME_TAG, POP)
                .mixin("attributes")
                .rule(
              "(?s)(.+?)(?=/?>)",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              }));
    b.state(
        "attributes",
        s ->
            s.rule("(?s)\\s*[a-zA-Z0-9_:-]+\\s*=\\s*", NAME_ATTRIBUTE, "attr"));
    b.state(
        "attr",
        s ->
            s.rule(
              "\"",
              (lx, m) -> {
                lx.token(STRING);
                lx.gotoState("double_quotes");
              })
                .rule(
              "'",
              (lx, m) -> {
                lx.token(STRING);
                lx.gotoState("single_quotes");
              })
                .rule("[^\\s>]+", STRING, POP));
    b.state(
        "double_quotes",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\$\\{", STRING_INTERPOL, "jsp_interp")
                .rule("[^\"]+", STRING));
    b.state(
        "single_quotes",
        s ->
            s.rule("'", STRING, POP)
                .rule("\\$\\{", STRING_INTERPOL, "jsp_interp")
                .rule("[^']+", STRING));
    b.state(
        "jsp_interp",
        s ->
            s.rule("\\}", STRING_INTERPOL, POP)
                .rule("'", LITERAL, "jsp_interp_literal_start")
                .rule(
              "[^'\\}]+",
              (lx, m) -> {
                lx.delegate(lx.sub("java", lexer.apply("java")), lx.group(0));
              }));
    b.state(
        "jsp_interp_literal_start",
        s ->
            s.rule("'", LITERAL, POP)
                .rule("[^']+", LITERAL));
    return b.build();
  }
}

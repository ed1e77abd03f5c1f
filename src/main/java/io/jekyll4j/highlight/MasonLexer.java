package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Mason lexer ({@code lexers/mason.rb}) as a rule table. */
final class MasonLexer {
  private MasonLexer() {}

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("mason");
    b.start(lx -> lx.sub("parent", lexer.apply("html")).reset());
    b.state(
        "root",
        s ->
            s.mixin("mason_tags"));
    b.state(
        "mason_tags",
        s ->
            s.rule("\\s+", WHITESPACE)
                .rule("(?i)<%(text|doc)>", COMMENT_PREPROC, "text_block")
                .rule("(?i)<%(args|flags|attr|init|once|shared|perl|cleanup|filter)>", COMMENT_PREPROC, "perl_block")
                .rule(
              "(?i)(<%(def|method))([^>]*)(>)",
              (lx, m) -> {
                lx.token(COMMENT_PREPROC, lx.group(1));
                lx.token(NAME, lx.group(3));
                lx.token(COMMENT_PREPROC, lx.group(4));
                lx.push("component_block");
              })
                .rule(
              "^(%)(.*)$",
              (lx, m) -> {
                lx.token(COMMENT_PREPROC, lx.group(1));
                lx.delegate(lx.sub("perl", lexer.apply("perl")), lx.group(2));
              })
                .rule("<%", COMMENT_PREPROC, "component_call")
                .rule(
              "<&\\|",
              (lx, m) -> {
                lx.token(COMMENT_PREPROC);
                lx.push("component_with_content");
                lx.push("component_sub");
              })
                .rule("<&", COMMENT_PREPROC, "component_sub")
                .rule(
              "(?s)(.+?)(?=(</?&|</?%|^%|^#))",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              })
                .rule(
              "(?s).+",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              }));
    b.state(
        "perl_block",
        s ->
            s.rule("(?i)</%(args|flags|attr|init|once|shared|perl|cleanup|filter)>", COMMENT_PREPROC, POP)
                .rule("\\s+", WHITESPACE)
                .rule("^(#.*)$", COMMENT)
                .rule(
              "(?s)(.*?[^\"])(?=</%)",
              (lx, m) -> {
                lx.delegate(lx.sub("perl", lexer.apply("perl")), lx.group(0));
              }));
    b.state(
        "text_block",
        s ->
            s.rule("(?i)</%(text|doc)>", COMMENT_PREPROC, POP)
                .rule("\\s+", WHITESPACE)
                .rule("^(#.*)$", COMMENT)
                .rule("(?s)(.*?[^\"])(?=</%)", COMMENT));
    b.state(
        "component_block",
        s ->
            s.rule("(?i)</%(def|method)>", COMMENT_PREPROC, POP)
                .rule("\\s+", WHITESPACE)
                .rule("^(#.*)$", COMMENT)
                .mixin("mason_tags"));
    b.state(
        "component_with_content",
        s ->
            s.rule(
              "</&>",
              (lx, m) -> {
                lx.token(COMMENT_PREPROC);
                lx.pop();
              })
                .mixin("mason_tags"));
    b.state(
        "component_sub",
        s ->
            s.rule("&>", COMMENT_PREPROC, POP)
                .rule(
              "(?s)(.*?)(?=&>)",
              (lx, m) -> {
                lx.delegate(lx.sub("perl", lexer.apply("perl")), lx.group(0));
              }));
    b.state(
        "component_call",
        s ->
            s.rule("%>", COMMENT_PREPROC, POP)
                .rule(
              "(?s)(.*?)(?=%>)",
              (lx, m) -> {
                lx.delegate(lx.sub("perl", lexer.apply("perl")), lx.group(0));
              }));
    return b.build();
  }
}

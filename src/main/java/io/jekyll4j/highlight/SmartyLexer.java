package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's Smarty lexer ({@code lexers/smarty.rb}) as a rule table. */
final class SmartyLexer {
  private SmartyLexer() {}

  private static final Set<String> WORDS0 =
      Words.set(
          "append assign block break call capitalize capture cat"
              + " " + "config_load continue count_characters count_paragraphs count_sentences count_words counter cycle"
              + " " + "date_format debug default else elseif escape eval extends"
              + " " + "fetch for foreach foreachelse from_charset function html_checkboxes html_image"
              + " " + "html_options html_radios html_select_date html_select_time html_table if include include_php"
              + " " + "indent insert ldelim literal lower mailto math nl2br"
              + " " + "nocache php rdelim regex_replace replace section sectionelse setfilter"
              + " " + "spacify string_format strip strip strip_tags textformat to_charset truncate"
              + " " + "unescape upper while wordwrap");

  static RegexLexer create(Function<String, Optional<Lexer>> lookup) {
    Function<String, Lexer> lexer = t -> lookup.apply(t).orElseThrow();
    RegexLexer.Builder b = RegexLexer.builder("smarty", "smarty");
    b.start(lx -> lx.sub("parent", lexer.apply("html")).reset());
    b.state(
        "root",
        s ->
            s.rule(
              "\\{\\s+",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              })
                .rule("(?s)\\{\\*.*?\\*\\}", COMMENT)
                .rule(
              "\\{/?(?![\\s*])",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("smarty");
              })
                .rule(
              "(?s).+?(?={[/a-zA-Z0-9$#*\"'])",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              })
                .rule(
              "(?s).+",
              (lx, m) -> {
                lx.delegate(lx.sub("parent", lexer.apply("html")), lx.group(0));
              }));
    b.state(
        "comment",
        s ->
            s.rule(
              "{\\*",
              (lx, m) -> {
                lx.token(COMMENT);
                lx.push();
              })
                .rule(
              "\\*}",
              (lx, m) -> {
                lx.token(COMMENT);
                lx.pop();
              })
                .rule(
              "(?s)[^{}]+",
              (lx, m) -> {
                lx.token(COMMENT);
              }));
    b.state(
        "smarty",
        s ->
            s.rule(
              "\\{/?(?![\\s*])",
              (lx, m) -> {
                lx.token(KEYWORD);
                lx.push("smarty");
              })
                .rule("}", KEYWORD, POP)
                .rule("(?s)\\s+", TEXT)
                .rule("[~!%^&*()+=|\\[\\]:;,.<>/@?-]", OPERATOR)
                .rule("#[a-zA-Z_]\\w*#", NAME_VARIABLE)
                .rule("\\$[a-zA-Z_]\\w*(\\.\\w+)*", NAME_VARIABLE)
                .rule("(true|false|null)\\b", KEYWORD_CONSTANT)
                .rule("[0-9](\\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?", NUMBER)
                .rule("\"(\\\\.|.)*?\"", STRING_DOUBLE)
                .rule("'(\\\\.|.)*?'", STRING_SINGLE)
                .rule(
              "([a-zA-Z_]\\w*)",
              (lx, m) -> {
                if (WORDS0.contains(lx.group(0))) {
                  lx.token(NAME_BUILTIN);
                } else {
                  lx.token(NAME_ATTRIBUTE);
                }
              }));
    return b.build();
  }
}

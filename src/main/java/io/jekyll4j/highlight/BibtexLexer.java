package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.RegexLexer.PUSH;
import static io.jekyll4j.highlight.Token.*;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rouge 3.30's BibTeX lexer ({@code lexers/bibtex.rb}) as a rule table. */
final class BibtexLexer {
  private BibtexLexer() {}

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("bibtex", "bib");
    b.state(
        "root",
        s ->
            s.mixin("whitespace")
                .rule(
              "@((?i-s:[a-z_@!\\$&\\.\\\\:;<>\\?\\[\\]\\^`\\|~\\*\\/\\+\\-][\\w@!\\$&\\.\\\\:;<>\\?\\[\\]\\^`\\|~\\*\\/\\+\\-]*))",
              (lx, m) -> {
                String v_match = lx.group(1).toLowerCase(java.util.Locale.ROOT);
                if (v_match.equals("comment")) {
                  lx.token(COMMENT);
                } else {
                  if (v_match.equals("preamble")) {
                    lx.token(NAME_CLASS);
                    lx.push("closing_brace");
                    lx.push("value");
                    lx.push("opening_brace");
                  } else {
                    if (v_match.equals("string")) {
                      lx.token(NAME_CLASS);
                      lx.push("closing_brace");
                      lx.push("field");
                      lx.push("opening_brace");
                    } else {
                      lx.token(NAME_CLASS);
                      lx.push("closing_brace");
                      lx.push("command_body");
                      lx.push("opening_brace");
                    }
                  }
                }
              })
                .rule(".+", COMMENT));
    b.state(
        "opening_brace",
        s ->
            s.mixin("whitespace")
                .rule("[{(]", PUNCTUATION, POP));
    b.state(
        "closing_brace",
        s ->
            s.mixin("whitespace")
                .rule("[})]", PUNCTUATION, POP));
    b.state(
        "command_body",
        s ->
            s.mixin("whitespace")
                .rule(
              "[^\\s\\,\\}]+",
              (lx, m) -> {
                lx.token(NAME_LABEL);
                lx.pop();
                lx.push("fields");
              }));
    b.state(
        "fields",
        s ->
            s.mixin("whitespace")
                .rule(",", PUNCTUATION, "field")
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "field",
        s ->
            s.mixin("whitespace")
                .rule(
              "(?i)[a-z_@!\\$&\\.\\\\:;<>\\?\\[\\]\\^`\\|~\\*/\\+\\-][\\w@!\\$&\\.\\\\:;<>\\?\\[\\]\\^`\\|~\\*/\\+\\-]*",
              (lx, m) -> {
                lx.token(NAME_ATTRIBUTE);
                lx.push("value");
                lx.push("equal_sign");
              })
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "equal_sign",
        s ->
            s.mixin("whitespace")
                .rule("=", PUNCTUATION, POP));
    b.state(
        "value",
        s ->
            s.mixin("whitespace")
                .rule("(?i)[a-z_@!\\$&\\.\\\\:;<>\\?\\[\\]\\^`\\|~\\*/\\+\\-][\\w@!\\$&\\.\\\\:;<>\\?\\[\\]\\^`\\|~\\*/\\+\\-]*", NAME_VARIABLE)
                .rule("\"", STRING, "quoted_string")
                .rule("\\{", STRING, "braced_string")
                .rule("\\d+", NUMBER)
                .rule("#", PUNCTUATION)
                .rule(
              "",
              (lx, m) -> {
                lx.pop();
              }));
    b.state(
        "quoted_string",
        s ->
            s.rule("\\{", STRING, "braced_string")
                .rule("\"", STRING, POP)
                .rule("[^\\{\\\"]+", STRING));
    b.state(
        "braced_string",
        s ->
            s.rule("\\{", STRING, "braced_string")
                .rule("\\}", STRING, POP)
                .rule("[^\\{\\}]+", STRING));
    b.state(
        "whitespace",
        s ->
            s.rule("\\s+", TEXT));
    return b.build();
  }
}

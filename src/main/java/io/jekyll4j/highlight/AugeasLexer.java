package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.Set;

/** Rouge 3.30's Augeas lexer ({@code augeas}) as a rule table, state for state. */
final class AugeasLexer {
  private AugeasLexer() {}

  private static final Set<String> RESERVED =
      Words.set(
          "_ let del store value counter seq key label autoload incl excl transform test get"
              + " put in after set clear insa insb print_string print_regexp print_endline"
              + " print_tree lens_ctype lens_atype lens_ktype lens_vtype lens_format_atype"
              + " regexp_match");

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("augeas", "aug");
    b.state(
        "basic",
        s ->
            s.rule("(?s)\\s+", TEXT)
                .rule("\\(\\*", COMMENT_MULTILINE, "comment"));
    b.state(
        "comment",
        s ->
            s.rule("\\*\\)", COMMENT_MULTILINE, POP)
                .rule("\\(\\*", COMMENT_MULTILINE, "comment")
                .rule("[^*)]+", COMMENT_MULTILINE)
                .rule("[*)]", COMMENT_MULTILINE));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .groups("(:)(\\w\\w*)", PUNCTUATION, KEYWORD_TYPE)
                .rule("\\w[\\w']*", (lx, m) -> {
                  String name = m.group();
                  if (name.equals("module")) {
                    lx.token(KEYWORD_RESERVED);
                    lx.push("module");
                  } else if (RESERVED.contains(name)) {
                    lx.token(KEYWORD_RESERVED);
                  } else if (name.matches("(?s)[A-Z].*")) {
                    lx.token(KEYWORD_NAMESPACE);
                  } else {
                    lx.token(NAME);
                  }
                })
                .rule("\"", STRING, "string")
                .rule("/", STRING, "regexp")
                .rule("[-*+.=?\\|]+", OPERATOR)
                .rule("[\\[\\](){}:;]", PUNCTUATION));
    b.state(
        "module",
        s ->
            s.rule("\\s+", TEXT)
                .rule("[A-Z][a-zA-Z0-9_.]*", NAME_NAMESPACE, POP));
    b.state(
        "regexp",
        s ->
            s.rule("/", STRING_REGEX, POP)
                .rule("[^\\\\/]+", STRING_REGEX)
                .rule("\\\\[\\\\/]", STRING_REGEX)
                .rule("\\\\", STRING_REGEX));
    b.state(
        "string",
        s ->
            s.rule("\"", STRING, POP)
                .rule("\\\\", STRING_ESCAPE, "escape")
                .rule("[^\\\\\"]+", STRING));
    b.state(
        "escape",
        s ->
            s.rule("[abfnrtv\"'&\\\\]", STRING_ESCAPE, POP)
                .rule("\\^[\\]\\[A-Z@\\^_]", STRING_ESCAPE, POP)
                .rule("(?i)o[0-7]+", STRING_ESCAPE, POP)
                .rule("(?i)x[\\da-f]+", STRING_ESCAPE, POP)
                .rule("\\d+", STRING_ESCAPE, POP)
                .rule("\\s+", STRING_ESCAPE, POP)
                .rule(".", STRING, POP));
    return b.build();
  }
}

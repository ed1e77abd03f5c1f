package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/**
 * Rouge 3.30's Handlebars (and Mustache) lexer: {@code {{...}}} tags lexed here, the text
 * between them handed to the HTML lexer, which keeps its state from one piece to the next.
 */
final class HandlebarsLexer {
  private HandlebarsLexer() {}

  private static final String ID = "[\\w$-]+";

  static RegexLexer create(Lexer html) {
    RegexLexer.Builder b = RegexLexer.builder("handlebars", "hbs", "mustache");
    b.start(lx -> lx.sub("html", html).reset());
    b.state(
        "root",
        s ->
            s.rule("\\\\\\{+", (lx, m) -> lx.delegate(lx.sub("html", html), m.group()))
                .rule("\\{\\{!--", COMMENT, "comment")
                .rule("\\{\\{!.*?\\}\\}", COMMENT)
                .rule(
                    "\\{\\{\\{?",
                    (lx, m) -> {
                      lx.token(KEYWORD);
                      lx.push("stache");
                      lx.push("open_sym");
                    })
                .rule(
                    "(?s)(.+?)(?=\\\\|\\{\\{)",
                    (lx, m) -> {
                      Lexing parent = lx.sub("html", html);
                      lx.delegate(parent, m.group());
                      // an unquoted attribute value ends where the mustache tag starts
                      if (parent instanceof RegexLexing p && p.stateIs("attr")) p.pop();
                    })
                .rule("(?s).+", (lx, m) -> lx.delegate(lx.sub("html", html), m.group())));
    b.state(
        "comment",
        s ->
            s.rule(
                    "\\{\\{",
                    (lx, m) -> {
                      lx.token(COMMENT);
                      lx.push();
                    })
                .rule("\\}\\}", COMMENT, POP)
                .rule("[^{}]+", COMMENT)
                .rule("[{}]", COMMENT));
    b.state(
        "stache",
        s ->
            s.rule("\\}\\}\\}?", KEYWORD, POP)
                .rule("\\|", PUNCTUATION)
                .rule("~", KEYWORD)
                .rule("\\s+", TEXT)
                .rule("[=]", OPERATOR)
                .rule("[\\[\\]]", PUNCTUATION)
                .rule("[\\(\\)]", PUNCTUATION)
                .rule("[.](?=[}\\s])", NAME_VARIABLE)
                .rule("[.][.]", NAME_VARIABLE)
                .rule("[/.]", PUNCTUATION)
                .rule("\"(\\\\.|.)*?\"", STRING_DOUBLE)
                .rule("'(\\\\.|.)*?'", STRING_SINGLE)
                .rule("\\d+(?=}\\s)", NUMBER)
                .rule("(true|false)(?=[}\\s])", KEYWORD_CONSTANT)
                .rule("else(?=[}\\s])", KEYWORD)
                .rule("this(?=[}\\s])", NAME_BUILTIN_PSEUDO)
                .rule("@" + ID, NAME_ATTRIBUTE)
                .rule(ID, NAME_VARIABLE));
    b.state(
        "open_sym",
        s ->
            s.rule(
                    "[#/]",
                    (lx, m) -> {
                      lx.token(KEYWORD);
                      lx.gotoState("block_name");
                    })
                .rule("[>^&~]", KEYWORD)
                .rule("", (lx, m) -> lx.pop()));
    b.state(
        "block_name",
        s ->
            s.rule("if(?=[}\\s])", KEYWORD)
                .rule(ID, NAME_NAMESPACE, POP)
                .rule("", (lx, m) -> lx.pop()));
    return b.build();
  }
}

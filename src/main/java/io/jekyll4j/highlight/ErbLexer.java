package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's ERB lexer: HTML around {@code <% ruby %>} tags, each side continuing its lex. */
final class ErbLexer {
  private ErbLexer() {}

  private static final String OPEN = "(?:<%%|<%=|<%#|<%-|<%)";
  private static final String CLOSE = "(?:%%>|-%>|%>)";

  static RegexLexer create(Lexer html, Lexer ruby) {
    RegexLexer.Builder b = RegexLexer.builder("erb", "eruby", "rhtml");
    b.start(
        lx -> {
          lx.sub("html", html).reset();
          lx.sub("ruby", ruby).reset();
        });
    b.state(
        "root",
        s ->
            s.rule("<%#", COMMENT, "comment")
                .rule(OPEN, COMMENT_PREPROC, "ruby")
                .rule(
                    "(?s).+?(?=" + OPEN + ")|.+",
                    (lx, m) -> lx.delegate(lx.sub("html", html), m.group())));
    b.state(
        "comment",
        s -> s.rule(CLOSE, COMMENT, POP).rule("(?s).+?(?=" + CLOSE + ")|.+", COMMENT));
    b.state(
        "ruby",
        s ->
            s.rule(CLOSE, COMMENT_PREPROC, POP)
                .rule(
                    "(?s).+?(?=" + CLOSE + ")|.+",
                    (lx, m) -> lx.delegate(lx.sub("ruby", ruby), m.group())));
    return b.build();
  }
}

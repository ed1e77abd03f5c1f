package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's EPP lexer ({@code epp}) as a rule table, state for state. */
final class EppLexer {
  private EppLexer() {}

  static RegexLexer create(Lexer parent, Lexer puppet) {
    RegexLexer.Builder b = RegexLexer.builder("epp");
    b.state(
        "root",
        s ->
            s.rule("<%#", COMMENT, "comment")
                .rule("<%%|<%=|<%#|(<%-|<%)(\\s*\\|)?", COMMENT_PREPROC, "puppet")
                .rule("(?s).+?(?=(?-si:<%%|<%=|<%#|(<%-|<%)(\\s*\\|)?))|.+", (lx, m) -> {
                  lx.delegate(lx.sub("parent", parent), m.group());
                }));
    b.state(
        "comment",
        s ->
            s.rule("%%>|(\\|\\s*)?(-%>|%>)", COMMENT, POP)
                .rule("(?s).+?(?=(?-si:%%>|(\\|\\s*)?(-%>|%>)))|.+", COMMENT));
    b.state(
        "puppet",
        s ->
            s.rule("%%>|(\\|\\s*)?(-%>|%>)", COMMENT_PREPROC, POP)
                .rule("(?s).+?(?=(?-si:%%>|(\\|\\s*)?(-%>|%>)))|.+", (lx, m) -> {
                  lx.delegate(lx.sub("puppet", puppet), m.group());
                }));
    return b.build();
  }
}

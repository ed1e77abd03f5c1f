package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

/** Rouge 3.30's EEX lexer ({@code eex}) as a rule table, state for state. */
final class EexLexer {
  private EexLexer() {}

  static RegexLexer create(Lexer parent, Lexer elixir) {
    RegexLexer.Builder b = RegexLexer.builder("eex", "leex", "heex");
    b.state(
        "root",
        s ->
            s.rule("<%#", COMMENT, "comment")
                .rule("<%%|<%=|<%#|<%", COMMENT_PREPROC, "elixir")
                .rule("(?s).+?(?=(?-si:<%%|<%=|<%#|<%))|.+", (lx, m) -> {
                  lx.delegate(lx.sub("parent", parent), m.group());
                }));
    b.state(
        "comment",
        s ->
            s.rule("%%>|%>", COMMENT, POP)
                .rule("(?s).+?(?=(?-si:%%>|%>))|.+", COMMENT));
    b.state(
        "elixir",
        s ->
            s.rule("%%>|%>", COMMENT_PREPROC, POP)
                .rule("(?s).+?(?=(?-si:%%>|%>))|.+", (lx, m) -> {
                  lx.delegate(lx.sub("elixir", elixir), m.group());
                }));
    return b.build();
  }
}
